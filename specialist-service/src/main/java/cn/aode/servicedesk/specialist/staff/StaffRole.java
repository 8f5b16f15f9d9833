package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** What a staff member does. */
public enum StaffRole implements Label.Labelled {

	SPECIALIST("服务专员", "Customer specialist"), DEPARTMENT_HEAD("部门负责人", "Department head"),
	GENERAL_MANAGER("总经理", "General manager"), SERVICE_CENTER_CLERK("客服中心办事员", "Service-center clerk"),
	OFFICE("综合办公室", "General office"), HELPER("帮办员", "Helper");

	private final String zh;

	private final String en;

	StaffRole(String zh, String en) {
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
