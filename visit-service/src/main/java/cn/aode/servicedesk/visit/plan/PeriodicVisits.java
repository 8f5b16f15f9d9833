package cn.aode.servicedesk.visit.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.visit.customer.CustomerProfile;
import cn.aode.servicedesk.visit.customer.Customers;

/**
 * VST-1: periodic visits by rule — by default every enterprise customer once a quarter —
 * planned for the current quarter, due by its last day, by the customer's specialist in
 * their windows. Runs daily and is safe with several instances: the database keeps one
 * plan per customer and quarter (visit_plan_scheduled_uq), each customer is planned in a
 * transaction of its own, and a customer another instance planned first is skipped.
 */
@Component
public class PeriodicVisits {

	private static final Logger log = LoggerFactory.getLogger(PeriodicVisits.class);

	private static final Texts TEXTS = Texts.of(VisitPlanService.class);

	private final Customers customers;

	private final VisitPlanService plans;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Settings settings;

	PeriodicVisits(Customers customers, VisitPlanService plans, TransactionTemplate transactions, Clock clock,
			Settings settings) {
		this.customers = customers;
		this.plans = plans;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Which customers are visited each quarter (CRM kinds, e.g. ENTERPRISE); empty: none.
	 */
	@ConfigurationProperties("servicedesk.visits.periodic")
	public record Settings(@DefaultValue("ENTERPRISE") List<String> quarterlyCustomerKinds) {
	}

	/** The first day of the quarter a date lies in. */
	static LocalDate quarterOf(LocalDate date) {
		return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	/** Plans the current quarter's visits still missing; returns how many it planned. */
	@Scheduled(cron = "${servicedesk.visits.periodic.cron:0 15 1 * * *}", zone = "Asia/Shanghai")
	public int planThisQuarter() {
		Instant now = clock.instant();
		LocalDate quarter = quarterOf(LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE));
		ScheduledVisit visit = new ScheduledVisit(VisitKind.PERIODIC, quarter, 0, quarter.plusMonths(3).minusDays(1));
		String period = TEXTS.format("periodic.period", String.valueOf(quarter.getYear()),
				String.valueOf((quarter.getMonthValue() - 1) / 3 + 1));
		int planned = 0;
		for (String kind : settings.quarterlyCustomerKinds()) {
			for (CustomerProfile customer : customers.withoutPlan(kind, VisitKind.PERIODIC.name(), quarter)) {
				try {
					transactions.executeWithoutResult(
							status -> plans.planScheduled(customer, visit, TEXTS.format("periodic.reference", period),
									new VisitAgenda(TEXTS.format("periodic.content", period),
											TEXTS.format("periodic.purpose"))));
					planned++;
				}
				catch (DuplicateKeyException alreadyPlanned) {
					log.debug("Periodic visit of {} for {} planned by another instance", customer.crmId(), period);
				}
			}
		}
		return planned;
	}

}
