package cn.aode.servicedesk.events.visit;

/**
 * The customer's satisfaction {@code visit.recorded} carries (VST-8), from most to least
 * satisfied. {@code VERY_DISSATISFIED} was added later (additive): consumers that predate
 * it dead-letter it rather than guess.
 */
public enum SatisfactionCode {

	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED

}
