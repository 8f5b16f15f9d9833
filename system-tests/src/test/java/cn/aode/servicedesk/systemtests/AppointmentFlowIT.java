package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An appointment request answered in time through the gateway: the customer's specialist,
 * known to appointment-service from specialist-service's events, serves it, and its
 * one-working-day clock stops.
 */
class AppointmentFlowIT {

	/** Keeps the organisation and customer data the flows start from. */
	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	private final Gateway generalManager = Callers.staff("sys-gm", "GENERAL_MANAGER");

	@Test
	@DisplayName("APT-5, APT-6: an accepted request is served by the customer's specialist and its clock is satisfied")
	void acceptedRequestIsServedByTheCustomersSpecialist() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String specialist = "apt-spc-" + run;
		String crmId = "CRM-APT-" + run;
		String clerk = "clerk-apt-" + run;
		Gateway receiving = Callers.staff(clerk, "SERVICE_CENTER_CLERK");
		office.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		office.put("/api/v1/staff/" + specialist, """
				{"name":"赵敏","departmentId":"CSC","roles":["SPECIALIST"]}""");
		Callers.crm()
			.put("/api/v1/customers/" + crmId,
					"""
							{"kind":"HOUSEHOLD","name":"刘大爷","phone":"13900001111","address":"科尔沁区建国路12号3-201","hasGasNeed":true}""");
		assertThat(office.post("/api/v1/customers/{id}/specialists", """
				{"staffId":"%s","reason":"新开户"}""".formatted(specialist), crmId).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		ResponseEntity<String> received = receiving.post("/api/v1/appointments", """
				{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
				 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":true,
				 "channel":"WECHAT","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""".formatted(crmId));
		assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = JsonPath.read(received.getBody(), "$.id");

		// the assignment reaches appointment-service through Kafka; until then no default
		// staff member is known and the acceptance is refused without a change
		String acceptance = """
				{"agreedTime":"%s"}""".formatted(Instant.now().plus(Duration.ofDays(1)));
		String[] accepted = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			ResponseEntity<String> answer = receiving.post("/api/v1/appointments/{id}/acceptance", acceptance, id);
			assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
			accepted[0] = answer.getBody();
		});
		assertThat(JsonPath.<String>read(accepted[0], "$.staffId")).isEqualTo(specialist);
		assertThat(JsonPath.<Boolean>read(accepted[0], "$.substitute")).isFalse();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String clocks = receiving.get("/api/v1/deadlines?staffId={id}", clerk);
			assertThat(JsonPath.<List<String>>read(clocks, "$.items[*].status.code")).containsExactly("SATISFIED");
		});
	}

	@Test
	@DisplayName("APT-7, APT-13, X-2: a refusal only the general manager approves, which the general manager then finds without a valid reason lands once on the "
			+ "record of the clerk who answered, and its clock is satisfied")
	void unjustifiedRefusalLandsOnTheClerksRecord() {
		String clerk = "clerk-apt13-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway answering = Callers.staff(clerk, "SERVICE_CENTER_CLERK");
		ResponseEntity<String> received = answering.post("/api/v1/appointments", """
				{"kind":"HALL","reason":"URGENT_TIME_LIMIT","applicantType":"ENTERPRISE",
				 "applicantName":"通辽市某餐饮有限公司","applicantPhone":"04758888888","specialCare":false,
				 "channel":"PHONE","matter":"工商户点火"}""");
		assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = JsonPath.read(received.getBody(), "$.id");
		String number = JsonPath.read(received.getBody(), "$.number");

		ResponseEntity<String> proposed = answering.post("/api/v1/appointments/{id}/refusal", """
				{"reason":"人手不足"}""", id);
		assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> selfApproved = answering.post("/api/v1/appointments/{id}/refusal/approval", "{}", id);
		assertThat(selfApproved.getStatusCode()).as("APT-7: only the general manager approves")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(JsonPath.<String>read(selfApproved.getBody(), "$.rule")).isEqualTo("APT-7");
		ResponseEntity<String> refused = generalManager.post("/api/v1/appointments/{id}/refusal/approval", "{}", id);
		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(JsonPath.<String>read(refused.getBody(), "$.refusal.approvedBy")).isEqualTo("sys-gm");
		ResponseEntity<String> reviewed = generalManager.post("/api/v1/appointments/{id}/refusal/review", """
				{"justified":false,"note":"当日有空闲人员，拒绝理由不成立"}""", id);
		assertThat(reviewed.getStatusCode()).as(reviewed.getBody()).isEqualTo(HttpStatus.OK);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String record = office.get("/api/v1/staff/{id}/record", clerk);
			assertThat(JsonPath.<List<String>>read(record, "$[*].rule")).containsExactly("APT-13");
			assertThat(JsonPath.<String>read(record, "$[0].kind.code")).isEqualTo("PENALTY");
			assertThat(JsonPath.<String>read(record, "$[0].caseRef")).isEqualTo(number);
			assertThat(JsonPath.<String>read(record, "$[0].detail"))
				.isEqualTo("无正当理由拒绝预约申请 " + number + "（APT-13）：当日有空闲人员，拒绝理由不成立");
		});
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String clocks = office.get("/api/v1/deadlines?staffId={id}", clerk);
			assertThat(JsonPath.<List<String>>read(clocks, "$.items[*].status.code")).containsExactly("SATISFIED");
		});
		assertThat(JsonPath.<List<String>>read(office.get("/api/v1/staff/{id}/record", clerk), "$[*].rule"))
			.as("still once, after the reply clock's events came through too")
			.containsExactly("APT-13");
	}

}
