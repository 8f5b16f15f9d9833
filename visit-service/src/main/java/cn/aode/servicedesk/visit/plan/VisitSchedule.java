package cn.aode.servicedesk.visit.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of the visits scheduled from a customer's facts: the maintenance visit
 * after gas is connected (VST-3) and the after-sales schedule of an accepted project
 * (VST-2). Month ends and leap days clamp ({@link LocalDate#plusMonths}: 2025-08-31 plus
 * one month is 2025-09-30).
 */
public final class VisitSchedule {

	/** VST-2, VST-3: the first visit is due within the first month after the fact. */
	public static final int FIRST_VISIT_WITHIN_MONTHS = 1;

	/** VST-2: under warranty, at least one after-sales visit every six months. */
	public static final int IN_WARRANTY_EVERY_MONTHS = 6;

	private VisitSchedule() {
	}

	/** VST-3: one maintenance visit, due one month after gas was connected. */
	public static ScheduledVisit maintenance(LocalDate gasConnectedOn) {
		return new ScheduledVisit(VisitKind.MAINTENANCE, gasConnectedOn, 0,
				gasConnectedOn.plusMonths(FIRST_VISIT_WITHIN_MONTHS));
	}

	/**
	 * VST-2: the after-sales visits of a project accepted on {@code acceptedOn} whose
	 * warranty ends on {@code warrantyEndsOn} (its last day): the first due one month
	 * after acceptance, then each due six months after the previous one's due date
	 * (counted from the previous one, so clamping never widens a gap), as long as it
	 * falls due within the warranty. So every half-year of the warranty holds a visit: a
	 * two-year warranty has four (months 1, 7, 13, 19), a three-year one six. After the
	 * warranty visits are occasional, planned by staff; none is generated. The first
	 * visit is planned even when the warranty is shorter than a month.
	 */
	public static List<ScheduledVisit> afterSales(LocalDate acceptedOn, LocalDate warrantyEnd) {
		List<ScheduledVisit> visits = new ArrayList<>();
		LocalDate due = acceptedOn.plusMonths(FIRST_VISIT_WITHIN_MONTHS);
		visits.add(new ScheduledVisit(VisitKind.AFTER_SALES, acceptedOn, 0, due));
		for (due = due.plusMonths(IN_WARRANTY_EVERY_MONTHS); !due.isAfter(warrantyEnd); due = due
			.plusMonths(IN_WARRANTY_EVERY_MONTHS)) {
			visits.add(new ScheduledVisit(VisitKind.AFTER_SALES, acceptedOn, visits.size(), due));
		}
		return visits;
	}

}
