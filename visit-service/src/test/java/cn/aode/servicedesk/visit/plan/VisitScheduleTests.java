package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitScheduleTests {

	@Test
	@DisplayName("VST-3: the maintenance visit is due one month after gas is connected, a month end clamped")
	void maintenanceIsDueWithinTheFirstMonth() {
		ScheduledVisit visit = VisitSchedule.maintenance(LocalDate.parse("2026-01-31"));

		assertThat(visit).isEqualTo(new ScheduledVisit(VisitKind.MAINTENANCE, LocalDate.parse("2026-01-31"), 0,
				LocalDate.parse("2026-02-28")));
	}

	@Test
	@DisplayName("VST-2: acceptance on 2025-08-31 with a three-year warranty: first within a month, then six visits "
			+ "at most six months apart up to the warranty's end")
	void monthEndAcceptanceWithAThreeYearWarranty() {
		List<ScheduledVisit> visits = VisitSchedule.afterSales(LocalDate.parse("2025-08-31"),
				LocalDate.parse("2028-08-31"));

		assertThat(visits).extracting(ScheduledVisit::dueBy)
			.containsExactly(LocalDate.parse("2025-09-30"), LocalDate.parse("2026-03-30"),
					LocalDate.parse("2026-09-30"), LocalDate.parse("2027-03-30"), LocalDate.parse("2027-09-30"),
					LocalDate.parse("2028-03-30"));
		assertEveryGapAtMostSixMonths(LocalDate.parse("2025-08-31"), Period.ofYears(3), visits);
	}

	@Test
	@DisplayName("VST-2: acceptance on a leap day (2024-02-29): every gap at most six months, two and three years")
	void leapDayAcceptance() {
		for (Period warranty : List.of(Period.ofYears(2), Period.ofYears(3))) {
			List<ScheduledVisit> visits = VisitSchedule.afterSales(LocalDate.parse("2024-02-29"),
					LocalDate.parse("2024-02-29").plus(warranty));
			assertThat(visits.get(0).dueBy()).isEqualTo("2024-03-29");
			assertEveryGapAtMostSixMonths(LocalDate.parse("2024-02-29"), warranty, visits);
		}
	}

	@Test
	@DisplayName("VST-2: a two-year warranty has four visits (months 1, 7, 13, 19), slots 0 to 3, one in each "
			+ "half-year; none after the warranty")
	void twoYearWarrantyHasFourVisits() {
		List<ScheduledVisit> visits = VisitSchedule.afterSales(LocalDate.parse("2026-12-02"),
				LocalDate.parse("2028-12-02"));

		assertThat(visits).extracting(ScheduledVisit::dueBy)
			.containsExactly(LocalDate.parse("2027-01-02"), LocalDate.parse("2027-07-02"),
					LocalDate.parse("2028-01-02"), LocalDate.parse("2028-07-02"));
		assertThat(visits).extracting(ScheduledVisit::slot).containsExactly(0, 1, 2, 3);
		assertThat(visits).allSatisfy(visit -> {
			assertThat(visit.kind()).isEqualTo(VisitKind.AFTER_SALES);
			assertThat(visit.triggeredOn()).isEqualTo("2026-12-02");
		});
	}

	@Test
	@DisplayName("VST-2: for every acceptance day of 2024 to 2027 and warranties of one to five years, every gap "
			+ "is at most six months up to the warranty's end; a longer warranty only adds later visits")
	void everyGapIsAtMostSixMonths() {
		for (LocalDate accepted = LocalDate.parse("2024-01-01"); accepted
			.isBefore(LocalDate.parse("2028-01-01")); accepted = accepted.plusDays(1)) {
			List<ScheduledVisit> shorter = null;
			for (int years = 1; years <= 5; years++) {
				List<ScheduledVisit> visits = VisitSchedule.afterSales(accepted, accepted.plusYears(years));
				assertEveryGapAtMostSixMonths(accepted, Period.ofYears(years), visits);
				if (shorter != null) {
					assertThat(visits).startsWith(shorter.toArray(ScheduledVisit[]::new));
				}
				shorter = visits;
			}
		}
	}

	@Test
	@DisplayName("VST-2: a warranty shorter than a month still has the first-month visit")
	void shortWarrantyKeepsTheFirstVisit() {
		assertThat(VisitSchedule.afterSales(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-12"))).hasSize(1);
	}

	@Test
	@DisplayName("VST-2, VST-3: a scheduled plan keeps its fact's date and slot; a planned one is cancelled, a "
			+ "cancelled one is not cancelled again")
	void scheduledPlanIsCancelledOnce() {
		ScheduledVisit visit = VisitSchedule.maintenance(LocalDate.parse("2026-12-01"));
		VisitPlan plan = VisitPlan.scheduled("HF20261202-0001", visit, new SourceCase("CRM-1", "通气 2026-12-01"),
				new VisitedCustomer("CRM-1", "王丽", "13812345678"), new VisitAgenda("content", "purpose"),
				VisitPlanFixtures.NO_ARRANGEMENT, Instant.parse("2026-12-02T02:00:00Z"));
		assertThat(plan.triggeredOn()).isEqualTo("2026-12-01");
		assertThat(plan.scheduleSlot()).isZero();
		assertThat(plan.dueBy()).isEqualTo("2027-01-01");
		assertThat(plan.plannedBy()).isNull();

		plan.cancel();

		assertThat(plan.status()).isEqualTo(VisitStatus.CANCELLED);
		assertThatThrownBy(plan::cancel).isInstanceOf(InvalidStateException.class);
		assertThat(plan.status()).isEqualTo(VisitStatus.CANCELLED);
	}

	/**
	 * The first visit within a month of acceptance, each next one at most six months
	 * after the previous one, the last one at most six months before the warranty's end,
	 * all within the warranty but the first.
	 */
	private static void assertEveryGapAtMostSixMonths(LocalDate accepted, Period warranty,
			List<ScheduledVisit> visits) {
		LocalDate end = accepted.plus(warranty);
		assertThat(visits.get(0).dueBy()).isAfter(accepted).isBeforeOrEqualTo(accepted.plusMonths(1));
		for (int i = 1; i < visits.size(); i++) {
			LocalDate previous = visits.get(i - 1).dueBy();
			assertThat(visits.get(i).dueBy()).as("visit %d of acceptance %s, warranty %s", i, accepted, warranty)
				.isAfter(previous)
				.isBeforeOrEqualTo(previous.plusMonths(6))
				.isBeforeOrEqualTo(end);
		}
		assertThat(visits.get(visits.size() - 1).dueBy().plusMonths(6))
			.as("the warranty of acceptance %s, %s, ends within six months of the last visit", accepted, warranty)
			.isAfterOrEqualTo(end);
	}

}
