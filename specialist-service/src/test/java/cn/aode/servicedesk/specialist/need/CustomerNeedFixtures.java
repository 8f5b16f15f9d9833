package cn.aode.servicedesk.specialist.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Needs as they are stored, for tests outside the package (web slices). */
public final class CustomerNeedFixtures {

	public static final UUID ID = UUID.fromString("3b0c6e2a-9d4f-4a61-8c2e-5f7a1d9b0c34");

	public static final Instant SUBMITTED_AT = Instant.parse("2026-11-27T02:00:00Z");

	private CustomerNeedFixtures() {
	}

	/**
	 * Submitted to two departments: the service center has completed its part after
	 * taking it on, engineering's is pending and overdue.
	 */
	public static CustomerNeed halfAnswered() {
		return new CustomerNeed(ID, "XQ20261127-0001", "CRM-100234", "spc-01",
				new NeedContent("工业用气开户", "新建锅炉房需要开通工业用气", null), NeedStatus.SUBMITTED, null, SUBMITTED_AT,
				List.of(new NeedPart("CSC", "head-csc", "P3WD", PartStatus.COMPLETED,
						new NeedPart.Acceptance("head-csc", Instant.parse("2026-11-27T03:00:00Z")), "开户资料齐全，已建档",
						"head-csc", Instant.parse("2026-11-27T05:00:00Z"), null),
						new NeedPart("ENG", "head-eng", null, PartStatus.PENDING, null, null, null, null,
								Instant.parse("2026-12-02T10:00:00Z"))),
				4L);
	}

}
