package cn.aode.servicedesk.notice.onetime;

import cn.aode.servicedesk.platform.cases.Label;

/** NTC-3: a one-time notice is oral by default and written on the customer's request. */
public enum NoticeForm implements Label.Labelled {

	ORAL, WRITTEN

}
