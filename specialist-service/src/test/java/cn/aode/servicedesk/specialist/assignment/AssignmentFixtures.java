package cn.aode.servicedesk.specialist.assignment;

import java.time.Instant;
import java.util.UUID;

/** Assignments as they are stored, for tests outside the package (web slices). */
public final class AssignmentFixtures {

	public static final UUID ID = UUID.fromString("5d2e8f1a-7c3b-4a9d-b6e0-2f1c4d8a9b7e");

	private AssignmentFixtures() {
	}

	public static Assignment active(String crmId, String staffId, Instant assignedAt) {
		return new Assignment(ID, crmId, staffId, assignedAt, "head-01", "片区服务专员", null, null, null, 0L);
	}

	public static Assignment ended(String crmId, String staffId, Instant assignedAt, Instant endedAt) {
		return new Assignment(ID, crmId, staffId, assignedAt, "head-01", "片区服务专员", endedAt, "head-01", "调岗", 1L);
	}

}
