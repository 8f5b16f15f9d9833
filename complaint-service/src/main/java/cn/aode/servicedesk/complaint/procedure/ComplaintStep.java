package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/** One step of a complaint's history: what happened, when, by whom. */
public record ComplaintStep(Instant at, ComplaintStepKind step, String actor, String detail) {
}
