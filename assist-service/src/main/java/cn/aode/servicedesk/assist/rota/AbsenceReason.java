package cn.aode.servicedesk.assist.rota;

import cn.aode.servicedesk.platform.cases.Label;

/** AST-3: why a helper on the rota is away. */
public enum AbsenceReason implements Label.Labelled {

	TRIP, MEETING, LEAVE, STUDY, OTHER

}
