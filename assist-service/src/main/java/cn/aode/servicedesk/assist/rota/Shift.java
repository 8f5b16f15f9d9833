package cn.aode.servicedesk.assist.rota;

import cn.aode.servicedesk.platform.cases.Label;

/** AST-3: the help desk's shifts of a working day; their hours are configured. */
public enum Shift implements Label.Labelled {

	MORNING, AFTERNOON

}
