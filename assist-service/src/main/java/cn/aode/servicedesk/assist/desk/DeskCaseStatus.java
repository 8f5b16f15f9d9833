package cn.aode.servicedesk.assist.desk;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a help desk case stands. */
public enum DeskCaseStatus implements Label.Labelled {

	/** A consultation answered in full (AST-5). */
	ANSWERED,

	/**
	 * Materials complete: the helper leads the applicant through the handling (AST-6).
	 */
	GUIDED,

	/**
	 * Materials incomplete: every missing item was listed at once with how to obtain it
	 * (AST-6).
	 */
	AWAITING_MATERIALS,

	/** notice-service could not pre-check; the request is kept to be retried. */
	PRECHECK_PENDING

}
