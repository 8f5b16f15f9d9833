package cn.aode.servicedesk.assist.training;

import cn.aode.servicedesk.platform.cases.Label;

/** The kinds of helper trainings. */
public enum TrainingKind implements Label.Labelled {

	/** 每周培训 (AST-8): every full-time helper is invited. */
	WEEKLY,

	/**
	 * A short training by the window staff (AST-8): the full-time helpers are invited.
	 */
	SHORT,

	/** 不定期培训 (AST-10): as needed, for whom it concerns. */
	AD_HOC;

	/** AST-8: whether every full-time helper is invited. */
	public boolean invitesFullTimeHelpers() {
		return this != AD_HOC;
	}

}
