package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;
import java.util.UUID;

/** Complaints as they are read back from the database, for tests of the web layer. */
public final class ComplaintFixtures {

	private static final Intake BY_THE_OFFICE = new Intake("clerk-1", "办公室", ComplaintCategory.SERVICE_ATTITUDE, null,
			null, null);

	private ComplaintFixtures() {
	}

	/** An accepted phone complaint at version 0. */
	public static Complaint accepted(UUID id) {
		return new Complaint(id, "TS20261127-0001", "CRM-100234", "王丽", "13812345678", ComplaintChannel.PHONE,
				"燃气表读数异常", Instant.parse("2026-11-27T01:00:00Z"), BY_THE_OFFICE, ComplaintStatus.ACCEPTED, null, null,
				null, null, null, null, null, 0, null, null, 0L);
	}

	/** The same complaint handled with a verified staff fault (CMP-5), at version 1. */
	public static Complaint handledWithStaffAtFault(UUID id) {
		return new Complaint(id, "TS20261127-0001", "CRM-100234", "王丽", "13812345678", ComplaintChannel.PHONE,
				"燃气表读数异常", Instant.parse("2026-11-27T01:00:00Z"), BY_THE_OFFICE, ComplaintStatus.HANDLED, null,
				new Handling("staff-017", "查看录音，抄表员言语不当", "批评教育抄表员", ComplaintFinding.STAFF_AT_FAULT, "staff-023",
						Instant.parse("2026-11-27T06:00:00Z")),
				null, null, null, null, null, 0, null, null, 1L);
	}

}
