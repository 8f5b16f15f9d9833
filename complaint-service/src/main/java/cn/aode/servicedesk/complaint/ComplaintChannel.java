package cn.aode.servicedesk.complaint;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * How a complaint reached the company (CMP-2: any department records a walk-in
 * complaint).
 */
public enum ComplaintChannel implements Label.Labelled {

	PHONE("电话", "Phone"), WECHAT("微信", "WeChat"), WALK_IN("来访", "Walk-in"), LETTER("信函", "Letter"),
	HOTLINE_12345("12345热线", "12345 hotline");

	private final String zh;

	private final String en;

	ComplaintChannel(String zh, String en) {
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
