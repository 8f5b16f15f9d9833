package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Whether a planned visit (VST-5) has taken place and been recorded (VST-8), or was
 * cancelled before it took place because the fact that scheduled it changed (VST-2,
 * VST-3: a new acceptance or connection date).
 */
public enum VisitStatus implements Label.Labelled {

	PLANNED, VISITED, CANCELLED

}
