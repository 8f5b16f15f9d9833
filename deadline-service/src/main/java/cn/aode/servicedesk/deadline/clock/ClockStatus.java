package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a deadline clock stands. */
public enum ClockStatus implements Label.Labelled {

	RUNNING("计时中", "Running"), PAUSED("已暂停", "Paused"), SATISFIED("已办结", "Completed"), BREACHED("已超时", "Overdue");

	private final String zh;

	private final String en;

	ClockStatus(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	@Override
	public String zh() {
		return zh;
	}

	@Override
	public String en() {
		return en;
	}

}
