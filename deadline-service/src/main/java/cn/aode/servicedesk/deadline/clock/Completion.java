package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * How the matter ended: when, whether the result was told to the party, and whether the
 * requester rejected the answer as not what was committed (DL-5), by whom and why.
 */
record Completion(@Column("satisfied_at") Instant satisfiedAt, @Column("result_told") Boolean resultTold,
		@Column("answer_rejected_at") Instant answerRejectedAt, @Column("answer_rejected_by") String answerRejectedBy,
		@Column("answer_rejection_reason") String answerRejectionReason) {

	static Completion at(Instant satisfiedAt, boolean resultTold) {
		return new Completion(satisfiedAt, resultTold, null, null, null);
	}

	boolean answerRejected() {
		return answerRejectedAt != null;
	}

	Completion answerRejected(Instant at, String by, String reason) {
		return new Completion(satisfiedAt, resultTold, at, by, reason);
	}

}
