package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How a plan came to be, fixed when it is made: when it was planned, by which staff
 * member (null when planned from another area's event or as a follow-up) and the plan it
 * follows up (VST-9), when there is one; for a visit scheduled from a customer's fact
 * (VST-2, VST-3), the date of that fact (gas connected, project accepted) and the visit's
 * slot in its schedule (0 the first).
 */
record Planning(Instant plannedAt, String plannedBy, UUID followUpOf, LocalDate triggeredOn, Integer scheduleSlot) {

}
