package cn.aode.servicedesk.specialist.customer;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Household or enterprise: both get a dedicated specialist when they have a need (SPC-1).
 */
public enum CustomerKind implements Label.Labelled {

	HOUSEHOLD, ENTERPRISE

}
