package cn.aode.servicedesk.notice.onetime;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * NTC-3: the two copies of a written notice (一式两份): one handed to the customer, one kept
 * by the department for inspection.
 */
public enum NoticeCopy implements Label.Labelled {

	CUSTOMER, DEPARTMENT

}
