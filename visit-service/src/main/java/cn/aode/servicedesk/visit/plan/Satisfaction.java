package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * How satisfied the visited customer is (VST-8): the measure of service the annual
 * evaluation of specialists weighs (SPC-7), on the five levels of 《客户回访记录表》.
 */
public enum Satisfaction implements Label.Labelled {

	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

	/**
	 * VST-9: a dissatisfied or very dissatisfied customer is visited again (a follow-up
	 * plan).
	 */
	public boolean callsForFollowUp() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

}
