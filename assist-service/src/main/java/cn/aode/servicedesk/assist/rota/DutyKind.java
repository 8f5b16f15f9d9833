package cn.aode.servicedesk.assist.rota;

import cn.aode.servicedesk.platform.cases.Label;

/** What a helper's entry on the rota is. */
public enum DutyKind implements Label.Labelled {

	/** On duty at the help desk (AST-3). */
	ON_DUTY,

	/** Off duty for a day of study after a failed monthly exam (离岗学习, AST-9). */
	STUDY

}
