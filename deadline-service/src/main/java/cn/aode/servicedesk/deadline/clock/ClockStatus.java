package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a deadline clock stands. */
public enum ClockStatus implements Label.Labelled {

	RUNNING, PAUSED, SATISFIED, BREACHED

}
