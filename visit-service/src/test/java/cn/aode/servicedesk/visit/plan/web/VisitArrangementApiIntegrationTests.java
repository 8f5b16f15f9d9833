package cn.aode.servicedesk.visit.plan.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.appointment.AppointmentAccepted;
import cn.aode.servicedesk.events.appointment.AppointmentCompleted;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.projection.CustomerSpecialists;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.customer.Customers;
import cn.aode.servicedesk.visit.plan.HandledComplaints;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who visits and when (VST-5, VST-6) and the visitor's preparation pack (VST-7), from the
 * customer projection fed by real Kafka events, through the API against real PostgreSQL.
 * deadline-service is not running here: the calendar falls back to ordinary weeks and the
 * plans say so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class VisitArrangementApiIntegrationTests {

	private static final String WINDOWS = "每天 19:00-20:00";

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	Customers customers;

	@Autowired
	CustomerSpecialists specialists;

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("VST-5, VST-6, VST-7: a complaint revisit goes to the customer's specialist at the first free time in "
			+ "their contact windows; its preparation pack shows their basic data, windows, complaints and appointments")
	void revisitIsArrangedInTheCustomersWindowsAndPrepared() {
		String crmId = "CRM-" + UUID.randomUUID();
		UUID complaintId = UUID.randomUUID();
		VisitPlan plan = revisitOfKnownCustomer(crmId, complaintId);

		assertThat(plan.visitor()).isEqualTo("spc-01");
		ZonedDateTime at = plan.scheduledFor().atZone(CaseNumbers.BUSINESS_ZONE);
		assertThat(at.toLocalTime()).isBetween(LocalTime.of(19, 0), LocalTime.of(19, 30));
		assertThat(at.toInstant()).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
		assertThat(plan.windowsUnderstood()).isTrue();
		assertThat(plan.calendarEstimated()).as("no deadline-service in this test").isTrue();

		MvcTestResult pack = api().get("/api/v1/visits/" + plan.id() + "/preparation");
		assertThat(pack).hasStatusOk();
		assertThat(pack).bodyJson().extractingPath("$.customer.name").isEqualTo("李强");
		assertThat(pack).bodyJson().extractingPath("$.customer.address").isEqualTo("城东区燃气路 8 号");
		assertThat(pack).bodyJson().extractingPath("$.specialistStaffId").isEqualTo("spc-01");
		assertThat(pack).bodyJson().extractingPath("$.contactWindows.text").isEqualTo(WINDOWS);
		assertThat(pack).bodyJson().extractingPath("$.contactWindows.understood").isEqualTo(true);
		assertThat(pack).bodyJson().extractingPath("$.complaints[0].complaintId").isEqualTo(complaintId.toString());
		assertThat(pack).bodyJson().extractingPath("$.complaints[0].summary").isEqualTo("燃气表漏气");
		assertThat(pack).bodyJson().extractingPath("$.complaints[0].resolution").isEqualTo("已上门更换燃气表");
		assertThat(pack).bodyJson().extractingPath("$.plan.visitor").isEqualTo("spc-01");
		assertThat(pack).bodyJson()
			.extractingPath("$.appointments[0].status")
			.as("the completion, not the acceptance that arrived after it")
			.isEqualTo("COMPLETED");
		assertThat(pack).bodyJson().extractingPath("$.appointments[0].result").isEqualTo("已更换燃气表");
	}

	@Test
	@DisplayName("VST-6: a time outside the customer's windows answers 422 naming VST-6 unless the customer asked for "
			+ "it; busy times the customer names move the proposal to the next free time")
	void arrangementKeepsToTheCustomersWindows() {
		String crmId = "CRM-" + UUID.randomUUID();
		VisitPlan plan = revisitOfKnownCustomer(crmId, UUID.randomUUID());
		String uri = "/api/v1/visits/" + plan.id() + "/arrangement";
		Instant outside = plan.scheduledFor().plus(Duration.ofHours(2));

		MvcTestResult refused = api().post(uri, "{\"scheduledFor\":\"%s\"}".formatted(outside));
		assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-6");
		assertThat(plans.get(plan.id()).scheduledFor()).isEqualTo(plan.scheduledFor());

		assertThat(api().post(uri, "{\"scheduledFor\":\"%s\",\"customerAsked\":true}".formatted(outside))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.scheduledFor")
			.isEqualTo(outside.toString());

		LocalDate day = LocalDate.ofInstant(plan.scheduledFor(), CaseNumbers.BUSINESS_ZONE);
		Instant busyFrom = day.atTime(19, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();
		assertThat(api().post(uri, """
				{"visitorStaffId":"spc-02","busy":[{"from":"%s","to":"%s"}]}""".formatted(busyFrom,
				busyFrom.plus(Duration.ofHours(1)))))
			.hasStatusOk();
		VisitPlan arranged = plans.get(plan.id());
		assertThat(arranged.visitor()).isEqualTo("spc-02");
		assertThat(arranged.scheduledFor()).isEqualTo(busyFrom.plus(Duration.ofDays(1)));

		assertProblem(api().post(uri, """
				{"busy":[{"from":"%s","to":"%s"}]}""".formatted(busyFrom, busyFrom.minusSeconds(1))),
				HttpStatus.BAD_REQUEST, "validation");
	}

	private VisitPlan revisitOfKnownCustomer(String crmId, UUID complaintId) {
		Instant now = Instant.now();
		String number = "TS-" + complaintId.toString().substring(0, 8);
		send(new CustomerUpserted(UUID.randomUUID(), now, crmId, "HOUSEHOLD", "李强", "13700001111", "城东区燃气路 8 号", false,
				WINDOWS, null, null, true, null));
		send(new SpecialistAssigned(UUID.randomUUID(), now, crmId, "spc-01", "head-01"));
		send(new ComplaintAccepted(UUID.randomUUID(), now, complaintId, number, crmId, "PHONE", "燃气表漏气"));
		UUID appointmentId = UUID.randomUUID();
		Instant agreed = now.minus(Duration.ofDays(3));
		send(new AppointmentCompleted(UUID.randomUUID(), now.minus(Duration.ofDays(2)), appointmentId, "YY-" + number,
				crmId, "HOME_VISIT", "燃气表检查", "CANNOT_COME_IN_WORKING_HOURS", agreed, "城东区燃气路 8 号", "spc-01",
				"COMPLETED", true, "已更换燃气表"));
		send(new AppointmentAccepted(UUID.randomUUID(), now.minus(Duration.ofDays(4)), appointmentId, "YY-" + number,
				crmId, "HOME_VISIT", "燃气表检查", "CANNOT_COME_IN_WORKING_HOURS", agreed, "城东区燃气路 8 号", "spc-01",
				"ACCEPTED"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> customers.profile(crmId).isPresent() && specialists.specialistOf(crmId).isPresent()
					&& !customers.complaintsOf(crmId, 1).isEmpty() && !customers.appointmentsOf(crmId, 1).isEmpty());
		return new HandledComplaints(kafka, json, plans).revisitPlanOf(new ComplaintResolved(UUID.randomUUID(), now,
				complaintId, number, crmId, "李强", "13700001111", "staff-017", "已上门更换燃气表", "COMPANY_RESPONSIBLE", null));
	}

	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	private JsonCalls api() {
		return new JsonCalls(mvc).as(TestTokens.staff("clerk-1", Role.SERVICE_CENTER_CLERK));
	}

}
