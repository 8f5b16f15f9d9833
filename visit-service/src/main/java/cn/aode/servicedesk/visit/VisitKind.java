package cn.aode.servicedesk.visit;

import cn.aode.servicedesk.platform.cases.Label;

/** The kinds of return visit (VST-1). */
public enum VisitKind implements Label.Labelled {

	PERIODIC("定期回访", "Periodic"), AFTER_SALES("售后回访", "After-sales"), MAINTENANCE("维修回访", "Maintenance"),
	COMPLAINT("投诉回访", "Complaint"), SPECIAL("专项回访", "Special");

	private final String zh;

	private final String en;

	VisitKind(String zh, String en) {
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
