package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;
import java.util.UUID;

/** Complaints as they are read back from the database, for tests of the web layer. */
public final class ComplaintFixtures {

	private ComplaintFixtures() {
	}

	/** An accepted phone complaint at version 0. */
	public static Complaint accepted(UUID id) {
		return new Complaint(id, "TS20261127-0001", "CRM-100234", "王丽", "13812345678", ComplaintChannel.PHONE,
				"燃气表读数异常", Instant.parse("2026-11-27T01:00:00Z"), ComplaintStatus.ACCEPTED, null, 0L);
	}

	/** The same complaint handled with a verified staff fault (CMP-5), at version 1. */
	public static Complaint resolvedWithStaffAtFault(UUID id) {
		return new Complaint(id, "TS20261127-0001", "CRM-100234", "王丽", "13812345678", ComplaintChannel.PHONE,
				"燃气表读数异常", Instant.parse("2026-11-27T01:00:00Z"), ComplaintStatus.RESOLVED,
				new ComplaintResolution("staff-017", "已上门更换燃气表并致歉", ComplaintFinding.STAFF_AT_FAULT, "staff-023",
						Instant.parse("2026-11-27T06:00:00Z")),
				1L);
	}

}
