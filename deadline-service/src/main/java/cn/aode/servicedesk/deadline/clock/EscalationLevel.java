package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Who has been told of an overdue matter, level by level up the management chain (DL-4).
 */
public enum EscalationLevel implements Label.Labelled {

	RESPONSIBLE_STAFF("责任人", "Responsible staff"), DEPARTMENT_HEAD("部门负责人", "Department head"),
	GENERAL_MANAGER("总经理", "General manager");

	private final String zh;

	private final String en;

	EscalationLevel(String zh, String en) {
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
