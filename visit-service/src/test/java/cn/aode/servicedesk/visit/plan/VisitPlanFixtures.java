package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Visit plans as they are read back from the database, for tests of the web layer. */
public final class VisitPlanFixtures {

	/** No visitor and no time proposed. */
	public static final Arrangement NO_ARRANGEMENT = new Arrangement(null, null, false, false);

	private VisitPlanFixtures() {
	}

	/** A planned complaint revisit at version 0. */
	public static VisitPlan plannedComplaintRevisit(UUID id) {
		return new VisitPlan(id, "HF20261127-0001", VisitKind.COMPLAINT,
				new SourceCase(UUID.randomUUID().toString(), "TS20261127-0001"),
				new VisitedCustomer("CRM-100234", "王丽", "13812345678"),
				new VisitAgenda("投诉 TS20261127-0001 的处理结果：已上门更换燃气表", "向客户致歉"), LocalDate.parse("2026-11-30"),
				new Planning(Instant.parse("2026-11-27T03:00:00Z"), null, null, null, null), NO_ARRANGEMENT,
				VisitStatus.PLANNED, null, null, null, 0L);
	}

}
