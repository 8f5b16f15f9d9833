package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * The DL-6 consequences, heavier with each violation of the same staff member in a year.
 */
public enum Consequence implements Label.Labelled {

	CRITICISM("批评", "Criticism"), CIRCULATED_CRITICISM("通报批评", "Circulated criticism"), WARNING("警告", "Warning");

	private final String zh;

	private final String en;

	Consequence(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	/**
	 * DL-6: the first violation in a year is criticised, the second circulated, from the
	 * third on warned.
	 */
	static Consequence forViolationNumber(int numberThisYear) {
		return numberThisYear <= 1 ? CRITICISM : numberThisYear == 2 ? CIRCULATED_CRITICISM : WARNING;
	}

	@Override
	public String zh() {
		return zh;
	}

	@Override
	public String en() {
		return en;
	}

}
