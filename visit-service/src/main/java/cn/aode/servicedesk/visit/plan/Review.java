package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * The supervisor's review (VST-11) of a visit record or a visit report: its state and,
 * once decided, by whom, with what guidance and when. Who may review is checked where the
 * request arrives ({@code Caller.staffMemberWith("VST-11", Role.SUPERVISOR)}).
 *
 * @param state pending, reviewed or returned for rework
 * @param by the supervisor's staff id, null while pending
 * @param guidance the supervisor's guidance, null while pending
 * @param at when the supervisor decided, null while pending
 */
public record Review(ReviewState state, String by, String guidance, Instant at) {

	/** Waiting for the supervisor. */
	public static Review pending() {
		return new Review(ReviewState.PENDING, null, null, null);
	}

	/**
	 * VST-11: the author reworked what the supervisor returned; it waits for review
	 * again, showing the guidance it was returned with until then.
	 */
	public Review resubmitted(String what) {
		if (state != ReviewState.RETURNED_FOR_REWORK) {
			throw new InvalidStateException(
					what + " is " + state + "; only what the supervisor returned for rework is" + " revised");
		}
		return new Review(ReviewState.PENDING, by, guidance, at);
	}

	/**
	 * VST-11: the supervisor's decision on what is pending, once; the outcome is reviewed
	 * or returned for rework, with guidance.
	 * @param what what is reviewed, for the refusal's message (e.g. a plan number)
	 */
	public Review decide(String what, ReviewDecision decision, String supervisor, Instant now) {
		if (decision.outcome() == null || decision.outcome() == ReviewState.PENDING) {
			throw new IllegalArgumentException(
					"A review is REVIEWED or RETURNED_FOR_REWORK, not " + decision.outcome());
		}
		if (decision.guidance() == null || decision.guidance().isBlank()) {
			throw new IllegalArgumentException("A review gives its author guidance (VST-11)");
		}
		if (state != ReviewState.PENDING) {
			throw new InvalidStateException(
					what + " was already " + state + " by " + by + " at " + at + "; a review is given once");
		}
		return new Review(decision.outcome(), supervisor, decision.guidance(), now);
	}

}
