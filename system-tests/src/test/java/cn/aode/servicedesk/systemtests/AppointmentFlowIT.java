package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appointments through the gateway: a request answered in time by the customer's
 * specialist (known to appointment-service from specialist-service's events), a home
 * visit through to its registration form and a complaint about it, and a refusal found
 * without reason.
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
	@DisplayName("APT-8, APT-10, APT-11, APT-12, APT-13: a home visit from request to registration form — accepted, "
			+ "the staff member and the applicant check in, not finished on the spot, the completion statement "
			+ "delivered on its own clock; the form as JSON and as the printed page; the customer then complains "
			+ "about it, the appointment shows the complaint's number, and the verified fault reaches the staff "
			+ "record naming the appointment")
	void homeVisitFromRequestToFormAndComplaint() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String crmId = "CRM-HOME-" + run;
		String staffId = "apt-home-" + run;
		Gateway clerk = Callers.staff("clerk-home-" + run, "SERVICE_CENTER_CLERK");
		Gateway serving = Callers.staff(staffId, "SPECIALIST");
		Gateway customer = Callers.customer(crmId);

		ResponseEntity<String> received = clerk.post("/api/v1/appointments", """
				{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
				 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":true,
				 "channel":"WECHAT","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""".formatted(crmId));
		assertThat(received.getStatusCode()).as(received.getBody()).isEqualTo(HttpStatus.CREATED);
		String id = JsonPath.read(received.getBody(), "$.id");
		String number = JsonPath.read(received.getBody(), "$.number");
		// within the check-in window (two hours before), so both can check in now, on
		// time
		Instant agreed = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
		assertOk(clerk.post("/api/v1/appointments/{id}/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}".formatted(agreed, staffId), id));

		ResponseEntity<String> arrived = serving.post("/api/v1/appointments/{id}/arrival", "{}", id);
		assertOk(arrived);
		assertThat(JsonPath.<Boolean>read(arrived.getBody(), "$.staffArrival.late")).as("APT-8: before the agreed time")
			.isFalse();
		assertOk(clerk.post("/api/v1/appointments/{id}/applicant-arrival", "{}", id));
		ResponseEntity<String> completed = serving.post("/api/v1/appointments/{id}/completion", """
				{"finishedOnSite":false,"result":"已检查户内管道","outstanding":"需更换调压器",
				 "applicantConfirmed":true,"applicantOpinion":"服务很好"}""", id);
		assertOk(completed);
		assertThat(JsonPath.<Boolean>read(completed.getBody(), "$.statementDue")).isTrue();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String clocks = serving.get("/api/v1/deadlines?staffId={id}", staffId);
			assertThat(JsonPath.<List<String>>read(clocks, "$.items[*].status.code")).as("the statement's clock")
				.containsExactly("RUNNING");
		});
		assertOk(clerk.post("/api/v1/appointments/{id}/completion-statement", """
				{"summary":"已更换调压器，恢复供气","deliveredTo":"刘大爷"}""", id));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String clocks = serving.get("/api/v1/deadlines?staffId={id}", staffId);
			assertThat(JsonPath.<List<String>>read(clocks, "$.items[*].status.code")).containsExactly("SATISFIED");
		});

		String form = clerk.get("/api/v1/appointments/{id}/form", id);
		assertThat(JsonPath.<String>read(form, "$.title")).isEqualTo("上门服务登记表");
		assertThat(JsonPath.<String>read(form, "$.number")).isEqualTo(number);
		assertThat(JsonPath.<String>read(form, "$.staffArrival")).endsWith("（准时）");
		assertThat(JsonPath.<String>read(form, "$.outstanding")).isEqualTo("需更换调压器");
		assertThat(JsonPath.<String>read(form, "$.statement")).endsWith("送达刘大爷：已更换调压器，恢复供气");
		ResponseEntity<String> page = clerk.client()
			.get()
			.uri("/api/v1/appointments/{id}/form", id)
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertOk(page);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		Document printed = Jsoup.parse(page.getBody());
		assertThat(printed.title()).isEqualTo("上门服务登记表");
		assertThat(printed.selectFirst("#number").text()).isEqualTo(number);
		assertThat(printed.selectFirst("#applicant-name").text()).isEqualTo("刘大爷");
		assertThat(printed.selectFirst("#contact").text()).isEqualTo("13900001111");
		assertThat(printed.selectFirst("#place").text()).isEqualTo("科尔沁区建国路12号3-201");
		assertThat(printed.selectFirst("#staff").text()).isEqualTo(staffId);
		assertThat(printed.selectFirst("#staff-arrival").text()).endsWith("（准时）");
		assertThat(printed.selectFirst("#status").text()).isEqualTo("已办结");
		assertThat(printed.selectFirst("#outstanding").text()).isEqualTo("需更换调压器");
		assertThat(printed.selectFirst("#statement").text()).contains("送达刘大爷");
		assertThat(printed.select("#applicant-confirmation .check").eachText()).containsExactly("☑ 确认办理结果", "☐ 未确认");
		assertThat(printed.body().text()).doesNotContain("APT-", "HOME_VISIT", "COMPLETED", id);

		ResponseEntity<String> complained = customer.post("/api/v1/complaints", """
				{"customerName":"刘大爷","customerPhone":"13900001111","channel":"WECHAT","content":"上门人员态度生硬",
				 "category":"SERVICE_ATTITUDE","appointmentId":"%s","appointmentNumber":"%s"}""".formatted(id, number));
		assertThat(complained.getStatusCode()).as(complained.getBody()).isEqualTo(HttpStatus.CREATED);
		String complaintId = JsonPath.read(complained.getBody(), "$.id");
		String complaintNumber = JsonPath.read(complained.getBody(), "$.number");
		assertThat(JsonPath.<String>read(customer.get("/api/v1/complaints/{id}", complaintId), "$.appointment.number"))
			.isEqualTo(number);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String appointment = customer.get("/api/v1/appointments/{id}", id);
			assertThat(JsonPath.<List<String>>read(appointment, "$.complaints[*].number"))
				.containsExactly(complaintNumber);
		});

		assertOk(office.post("/api/v1/complaints/{id}/handling", """
				{"investigation":"回访客户并核实","actions":"批评教育","finding":"STAFF_AT_FAULT","staffAtFault":"%s"}"""
			.formatted(staffId), complaintId));
		assertOk(office.post("/api/v1/complaints/{id}/apology", """
				{"supervisorId":"sys-head","how":"本人及主管电话致歉"}""", complaintId));
		assertOk(office.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"已批评教育并致歉"}""", complaintId));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String record = office.get("/api/v1/staff/{id}/record", staffId);
			assertThat(JsonPath.<List<String>>read(record, "$[*].caseRef")).containsExactly(complaintNumber);
			assertThat(JsonPath.<String>read(record, "$[0].detail")).contains(number);
		});
	}

	private static void assertOk(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
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
