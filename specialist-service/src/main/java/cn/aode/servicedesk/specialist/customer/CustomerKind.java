package cn.aode.servicedesk.specialist.customer;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Household or enterprise: both get a dedicated specialist when they have a need (SPC-1).
 */
public enum CustomerKind implements Label.Labelled {

	HOUSEHOLD("居民用户", "Household"), ENTERPRISE("企业用户", "Enterprise");

	private final String zh;

	private final String en;

	CustomerKind(String zh, String en) {
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
