package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

/** When a clock runs out and when it warns. */
record DueTimes(Instant dueAt, Instant warnAt) {
}
