package cn.aode.servicedesk.visit.plan.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.visit.customer.Customers;
import cn.aode.servicedesk.visit.plan.PeriodicVisits;
import cn.aode.servicedesk.visit.plan.ScheduledVisit;
import cn.aode.servicedesk.visit.plan.VisitAgenda;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Periodic visits by rule (VST-1): every enterprise customer once a quarter, planned by
 * two schedulers at once against real PostgreSQL, customers from real Kafka events.
 */
@SpringBootTest
@EmbeddedInfra
class PeriodicVisitsIntegrationTests {

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	Customers customers;

	@Autowired
	PeriodicVisits periodic;

	@Autowired
	VisitPlanService plans;

	@Test
	@DisplayName("VST-1: every enterprise customer gets one periodic visit a quarter, due by its last day, even with "
			+ "two schedulers running at once; households get none")
	void oneQuarterlyVisitPerEnterpriseCustomer() {
		String enterprise = "CRM-E-" + UUID.randomUUID();
		String household = "CRM-H-" + UUID.randomUUID();
		send(customer(enterprise, "ENTERPRISE"));
		send(customer(household, "HOUSEHOLD"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> customers.profile(enterprise).isPresent() && customers.profile(household).isPresent());

		List.of(CompletableFuture.runAsync(periodic::planThisQuarter),
				CompletableFuture.runAsync(periodic::planThisQuarter))
			.forEach(CompletableFuture::join);

		LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
		LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
		assertThat(plansOf(enterprise)).singleElement().satisfies(plan -> {
			assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
			assertThat(plan.triggeredOn()).isEqualTo(quarter);
			assertThat(plan.dueBy()).isEqualTo(quarter.plusMonths(3).minusDays(1));
			assertThat(plan.sourceCaseNumber()).startsWith("定期 " + quarter.getYear() + "年第");
			assertThat(plan.scheduledFor()).isNotNull();
		});
		assertThat(plansOf(household)).isEmpty();
		periodic.planThisQuarter();
		assertThat(plansOf(enterprise)).hasSize(1);
	}

	@Test
	@DisplayName("VST-1: the database refuses a second periodic plan of a customer and quarter as a duplicate key, "
			+ "which a scheduler that lost the race skips")
	void secondPlanOfAQuarterIsADuplicateKey() {
		String enterprise = "CRM-E-" + UUID.randomUUID();
		send(customer(enterprise, "ENTERPRISE"));
		await().atMost(Duration.ofSeconds(30)).until(() -> customers.profile(enterprise).isPresent());
		ScheduledVisit visit = new ScheduledVisit(VisitKind.PERIODIC, LocalDate.parse("2026-10-01"), 0,
				LocalDate.parse("2026-12-31"));
		VisitAgenda agenda = new VisitAgenda("2026年第4季度定期回访", "了解客户用气情况");
		plans.planScheduled(customers.profile(enterprise).orElseThrow(), visit, "定期 2026年第4季度", agenda);

		assertThatThrownBy(
				() -> plans.planScheduled(customers.profile(enterprise).orElseThrow(), visit, "定期 2026年第4季度", agenda))
			.isInstanceOf(DuplicateKeyException.class);
	}

	private List<VisitPlan> plansOf(String crmId) {
		return plans.find(new VisitPlanService.Filter(null, VisitKind.PERIODIC, null, null, crmId), Pageable.unpaged())
			.getContent();
	}

	private void send(CustomerUpserted event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	private static CustomerUpserted customer(String crmId, String kind) {
		return new CustomerUpserted(UUID.randomUUID(), Instant.now(), crmId, kind, "科左中旗某某供热公司", "0475-8123456",
				"保康镇工业园区 1 号", false, "工作日 09:00-11:00", null, null, true, null);
	}

}
