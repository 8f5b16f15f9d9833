package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** How a request arrived; always recorded (APT-4). */
public enum RequestChannel implements Label.Labelled {

	PHONE, WECHAT, IN_PERSON

}
