package cn.aode.servicedesk.visit.plan.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * customer.upserted from Kafka schedules the maintenance visit (VST-3) and the
 * after-sales visits (VST-2) of a customer once per fact date, however often the CRM
 * re-sends it.
 */
@SpringBootTest(properties = "servicedesk.consumer.initial-backoff=PT0.1S")
@EmbeddedInfra
class CustomerVisitPlanningIntegrationTests {

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("VST-3: gas connected plans one maintenance visit due a month later, for the customer, from its CRM "
			+ "record; the same event twice and the unchanged customer re-sent with a new event id plan no second")
	void oneMaintenanceVisitPerConnectionDate() {
		String crmId = newCrmId();
		LocalDate connectedOn = today();
		CustomerUpserted connected = customer(crmId, connectedOn, null);

		send(connected);
		send(connected);
		send(customer(crmId, connectedOn, null));
		awaitMarker();

		List<VisitPlan> found = plansOf(crmId, VisitKind.MAINTENANCE);
		assertThat(found).hasSize(1);
		VisitPlan plan = found.get(0);
		assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(plan.dueBy()).isEqualTo(connectedOn.plusMonths(1));
		assertThat(plan.triggeredOn()).isEqualTo(connectedOn);
		assertThat(plan.sourceCaseId()).isEqualTo(crmId);
		assertThat(plan.sourceCaseNumber()).isEqualTo("通气 " + connectedOn);
		assertThat(plan.customerName()).isEqualTo("王丽");
		assertThat(plan.customerPhone()).isEqualTo("13812345678");
		assertThat(plan.content()).isEqualTo("客户于 " + connectedOn + " 通气使用，通气后首月维护回访");
		assertThat(plan.plannedBy()).isNull();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into visit_plan (id, number, kind, source_case_id, source_case_number, customer_id,
				    customer_name, customer_phone, content, purpose, due_by, planned_at, version, status,
				    triggered_on, schedule_slot)
				select gen_random_uuid(), 'HF-DUPLICATE', kind, source_case_id, source_case_number, customer_id,
				    customer_name, customer_phone, content, purpose, due_by, planned_at, 0, status, triggered_on,
				    schedule_slot
				from visit_plan where id = ?""").param(plan.id()).update())
			.as("the database keeps one plan per kind, customer, fact date and slot")
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	@DisplayName("VST-2: a project's own warranty from the CRM (three years) schedules six after-sales visits; a "
			+ "longer one sent later extends the schedule without planning the earlier visits again")
	void projectWarrantyFromTheCrmSchedulesItsVisits() {
		String crmId = newCrmId();
		LocalDate acceptedOn = today();

		send(customer(crmId, null, acceptedOn, acceptedOn.plusYears(3)));
		awaitMarker();
		assertThat(plansOf(crmId, VisitKind.AFTER_SALES)).extracting(VisitPlan::scheduleSlot)
			.containsExactly(0, 1, 2, 3, 4, 5);

		send(customer(crmId, null, acceptedOn, acceptedOn.plusYears(4)));
		awaitMarker();
		List<VisitPlan> extended = plansOf(crmId, VisitKind.AFTER_SALES);
		assertThat(extended).extracting(VisitPlan::scheduleSlot).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(extended).allSatisfy(plan -> assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED));
	}

	@Test
	@DisplayName("VST-3: a new connection date cancels the still planned maintenance visit and plans one for it")
	void newConnectionDateReplacesThePlannedVisit() {
		String crmId = newCrmId();

		send(customer(crmId, today(), null));
		send(customer(crmId, today().plusDays(3), null));
		awaitMarker();

		assertThat(plansOf(crmId, VisitKind.MAINTENANCE)).extracting(VisitPlan::triggeredOn, VisitPlan::status)
			.containsExactlyInAnyOrder(tuple(today(), VisitStatus.CANCELLED),
					tuple(today().plusDays(3), VisitStatus.PLANNED));
	}

	@Test
	@DisplayName("VST-2: project accepted with the default two-year warranty schedules four after-sales visits "
			+ "(months 1, 7, 13, 19); re-sent twice and with a new event id it schedules no more")
	void afterSalesScheduleOncePerAcceptanceDate() {
		String crmId = newCrmId();
		LocalDate acceptedOn = today();
		CustomerUpserted accepted = customer(crmId, null, acceptedOn);

		send(accepted);
		send(accepted);
		send(customer(crmId, null, acceptedOn));
		awaitMarker();

		List<VisitPlan> found = plansOf(crmId, VisitKind.AFTER_SALES);
		assertThat(found).extracting(VisitPlan::dueBy)
			.containsExactly(acceptedOn.plusMonths(1), acceptedOn.plusMonths(1).plusMonths(6),
					acceptedOn.plusMonths(1).plusMonths(6).plusMonths(6),
					acceptedOn.plusMonths(1).plusMonths(6).plusMonths(6).plusMonths(6));
		assertThat(found).extracting(VisitPlan::scheduleSlot).containsExactly(0, 1, 2, 3);
		assertThat(found).allSatisfy(plan -> {
			assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
			assertThat(plan.sourceCaseId()).isEqualTo(crmId);
			assertThat(plan.sourceCaseNumber()).isEqualTo("验收 " + acceptedOn);
		});
		assertThat(plansOf(crmId, VisitKind.MAINTENANCE)).isEmpty();
	}

	@Test
	@DisplayName("VST-2: a new acceptance date cancels the old schedule's planned visits and schedules the new one")
	void newAcceptanceDateReplacesTheSchedule() {
		String crmId = newCrmId();

		send(customer(crmId, null, today()));
		send(customer(crmId, null, today().plusDays(5)));
		awaitMarker();

		List<VisitPlan> found = plansOf(crmId, VisitKind.AFTER_SALES);
		assertThat(found).filteredOn(plan -> plan.triggeredOn().equals(today()))
			.hasSize(4)
			.allSatisfy(plan -> assertThat(plan.status()).isEqualTo(VisitStatus.CANCELLED));
		assertThat(found).filteredOn(plan -> plan.triggeredOn().equals(today().plusDays(5)))
			.hasSize(4)
			.allSatisfy(plan -> assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED));
	}

	@Test
	@DisplayName("VST-2: a longer warranty extends the schedule with its later visits, without regenerating it")
	void longerWarrantyExtendsTheSchedule() {
		String crmId = newCrmId();
		plans.planFromCustomer(customer(crmId, null, today()));
		List<UUID> before = plansOf(crmId, VisitKind.AFTER_SALES).stream().map(VisitPlan::id).toList();
		Object service = AopTestUtils.getTargetObject(plans);
		try {
			ReflectionTestUtils.setField(service, "afterSalesWarranty", Period.ofYears(3));
			plans.planFromCustomer(customer(crmId, null, today()));
		}
		finally {
			ReflectionTestUtils.setField(service, "afterSalesWarranty", Period.ofYears(2));
		}

		List<VisitPlan> after = plansOf(crmId, VisitKind.AFTER_SALES);
		assertThat(before).hasSize(4);
		assertThat(after).extracting(VisitPlan::scheduleSlot).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(after.subList(0, 4)).extracting(VisitPlan::id).containsExactlyElementsOf(before);
	}

	@Test
	@DisplayName("VST-2, VST-3: visits that would be due before today (facts from the CRM's history) are not planned")
	void noVisitsDueInThePast() {
		String crmId = newCrmId();

		plans.planFromCustomer(customer(crmId, today().minusYears(1), today().minusYears(3)));

		assertThat(plansOf(crmId, VisitKind.MAINTENANCE)).isEmpty();
		assertThat(plansOf(crmId, VisitKind.AFTER_SALES)).isEmpty();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CaseNumbers.BUSINESS_ZONE);
	}

	private static String newCrmId() {
		return "CRM-" + UUID.randomUUID();
	}

	private static CustomerUpserted customer(String crmId, LocalDate gasConnectedOn, LocalDate projectAcceptedOn) {
		return customer(crmId, gasConnectedOn, projectAcceptedOn, null);
	}

	private static CustomerUpserted customer(String crmId, LocalDate gasConnectedOn, LocalDate projectAcceptedOn,
			LocalDate warrantyEndsOn) {
		return new CustomerUpserted(UUID.randomUUID(), Instant.now(), crmId, "HOUSEHOLD", "王丽", "13812345678",
				"浦东新区世纪大道 100 号", false, null, gasConnectedOn, projectAcceptedOn, true, warrantyEndsOn);
	}

	private void send(CustomerUpserted event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	/**
	 * Sends a marker customer after the records of a test on the same partition and waits
	 * until its plan exists, so every record before it has been consumed.
	 */
	private void awaitMarker() {
		String marker = newCrmId();
		send(customer(marker, today(), null));
		await().atMost(Duration.ofSeconds(30)).until(() -> !plansOf(marker, VisitKind.MAINTENANCE).isEmpty());
	}

	private List<VisitPlan> plansOf(String crmId, VisitKind kind) {
		return plans.find(new VisitPlanService.Filter(null, kind, null, null, crmId), Pageable.unpaged())
			.stream()
			.sorted(Comparator.comparing(VisitPlan::triggeredOn).thenComparing(VisitPlan::scheduleSlot))
			.toList();
	}

}
