package cn.aode.servicedesk.complaint;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a complaint stands in the CMP-3 procedure. */
public enum ComplaintStatus implements Label.Labelled {

	ACCEPTED("已受理", "Accepted"), RESOLVED("已处理并反馈", "Handled, result fed back");

	private final String zh;

	private final String en;

	ComplaintStatus(String zh, String en) {
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
