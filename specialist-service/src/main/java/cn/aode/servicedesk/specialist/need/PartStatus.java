package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** Where one department's part of a need stands. */
public enum PartStatus implements Label.Labelled {

	PENDING("待受理", "Waiting for the department head"), ACCEPTED("办理中", "Accepted, in progress"),
	COMPLETED("已办结", "Completed");

	private final String zh;

	private final String en;

	PartStatus(String zh, String en) {
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
