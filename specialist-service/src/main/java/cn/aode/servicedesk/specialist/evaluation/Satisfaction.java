package cn.aode.servicedesk.specialist.evaluation;

/**
 * A customer's satisfaction in a return visit (VST-8), as {@code visit.recorded} carries
 * it; the first three count as satisfied in the SPC-7 rate.
 */
public enum Satisfaction {

	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
