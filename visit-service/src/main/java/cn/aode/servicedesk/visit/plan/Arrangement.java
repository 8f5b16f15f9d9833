package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

/**
 * Who visits and when (VST-5, VST-6): the visitor (by default the customer's specialist),
 * the time proposed inside the customer's contact windows on the business calendar,
 * whether that calendar was only an estimate (deadline-service unreachable or the year
 * not announced) and whether the customer's windows could be read (false: the visiting
 * hours on working days were used, ask the customer).
 */
record Arrangement(String visitor, Instant scheduledFor, boolean calendarEstimated, boolean windowsUnderstood) {

	static Arrangement of(String visitor, VisitTimes.Proposal proposal) {
		return proposal == null ? new Arrangement(visitor, null, false, false)
				: new Arrangement(visitor, proposal.at(), proposal.calendarEstimated(), proposal.windowsUnderstood());
	}

}
