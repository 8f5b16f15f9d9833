package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/** How a return visit was made (《客户回访记录表》, VST-8). */
public enum VisitMethod implements Label.Labelled {

	PHONE, ON_SITE, WECHAT

}
