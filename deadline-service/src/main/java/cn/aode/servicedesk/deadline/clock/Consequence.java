package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * The DL-6 consequences, heavier with each violation of the same staff member in a year.
 */
public enum Consequence implements Label.Labelled {

	CRITICISM, CIRCULATED_CRITICISM, WARNING;

	/**
	 * DL-6: the first violation in a year is criticised, the second circulated, from the
	 * third on warned.
	 */
	static Consequence forViolationNumber(int numberThisYear) {
		return numberThisYear <= 1 ? CRITICISM : numberThisYear == 2 ? CIRCULATED_CRITICISM : WARNING;
	}

}
