package cn.aode.servicedesk.assist.rota;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a rota entry stands. */
public enum DutyStatus implements Label.Labelled {

	SCHEDULED,

	/**
	 * The helper is away (a trip, a meeting, study) and someone else stands in (AST-3).
	 */
	ABSENT,

	/** The helper checked in (AST-4), on time or late. */
	CHECKED_IN

}
