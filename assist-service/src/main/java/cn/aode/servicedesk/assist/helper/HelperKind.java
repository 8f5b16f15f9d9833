package cn.aode.servicedesk.assist.helper;

import cn.aode.servicedesk.platform.cases.Label;

/** AST-2: the two kinds of helpers. */
public enum HelperKind implements Label.Labelled {

	/** 专职帮办代办人员: staff the help desk full time. */
	FULL_TIME,

	/** 窗口帮办代办员: window staff named helpers, on duty at the help desk in rotation. */
	WINDOW

}
