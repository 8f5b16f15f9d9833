package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/** Whether a planned visit (VST-5) has taken place and been recorded (VST-8). */
public enum VisitStatus implements Label.Labelled {

	PLANNED, VISITED

}
