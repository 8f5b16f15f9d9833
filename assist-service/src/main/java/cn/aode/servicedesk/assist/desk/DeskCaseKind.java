package cn.aode.servicedesk.assist.desk;

import cn.aode.servicedesk.platform.cases.Label;

/** What brought the applicant to the help desk. */
public enum DeskCaseKind implements Label.Labelled {

	/** 接待咨询 (AST-5). */
	CONSULTATION,

	/** 主动帮办 (AST-6): a pre-check of the materials. */
	ASSISTANCE

}
