package cn.aode.servicedesk.deadline.calendar;

import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * The answer needs a year whose holidays have not been announced. Never silently treated
 * as ordinary weeks unless the fallback is switched on: refused by DL-1, since a limit
 * counted on guessed working days is not the committed time.
 */
public class YearNotAnnouncedException extends RuleViolationException {

	public YearNotAnnouncedException(int year) {
		super("DL-1", "The holiday calendar of " + year
				+ " has not been announced yet; working days in that year cannot be computed reliably");
	}

}
