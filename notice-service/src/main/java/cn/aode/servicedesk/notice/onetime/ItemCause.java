package cn.aode.servicedesk.notice.onetime;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * NTC-7: why an item is asked for again on a later trip of the same application. Only
 * {@link #LEFT_OUT} is the first issuer's fault; the others are the customer's own new
 * situation or a change of the catalogue.
 */
public enum ItemCause implements Label.Labelled {

	/** An earlier notice of the application already asked for it. */
	TOLD_BEFORE,

	/** It was accepted on an earlier trip and is now missing or no longer valid. */
	BECAME_INVALID,

	/** The catalogue did not require it when the first notice was issued. */
	NEWLY_REQUIRED,

	/**
	 * A material required only in some circumstances, which did not apply on the first
	 * trip.
	 */
	NEW_CIRCUMSTANCE,

	/**
	 * Required by the catalogue when the first notice was issued, but not on it: the
	 * issuer failed the one-time duty.
	 */
	LEFT_OUT

}
