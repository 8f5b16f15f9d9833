package cn.aode.servicedesk.events.visit;

/**
 * The customer's satisfaction {@code visit.recorded} carries (VST-8), from most to least
 * satisfied.
 */
public enum SatisfactionCode {

	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
