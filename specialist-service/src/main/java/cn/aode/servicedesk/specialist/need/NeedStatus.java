package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a customer need stands. */
public enum NeedStatus implements Label.Labelled {

	SUBMITTED("已提交部门", "Submitted to departments"), ANSWERED("已集中反馈", "Answered together");

	private final String zh;

	private final String en;

	NeedStatus(String zh, String en) {
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
