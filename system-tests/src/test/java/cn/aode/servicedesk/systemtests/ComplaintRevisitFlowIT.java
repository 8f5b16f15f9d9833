package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first key flow, end to end through the gateway: a complaint is accepted, handled
 * and fed back (complaint-service), visit-service plans its revisit from
 * {@code complaint.resolved}, the specialist records the revisit, and its
 * {@code visit.recorded} archives the complaint — or reopens it when the customer is
 * dissatisfied.
 */
class ComplaintRevisitFlowIT {

	/** The office (办公室) handles complaints (CMP-2). */
	private final Gateway office = Callers.staff("sys-complaint-office", "OFFICE_HANDLER");

	private final Gateway visitor = Callers.staff("sys-visitor", "SPECIALIST");

	@Test
	@DisplayName("CMP-3, VST-4, VST-8: accept → handle → feedback → revisit planned and recorded → archived")
	void aSatisfiedRevisitArchivesTheComplaint() {
		String complaintId = fedBackComplaint("燃气表读数异常");

		String planId = awaitRevisitPlan(complaintId);
		recordRevisit(planId, "SATISFIED", "对更换燃气表的处理及结果满意");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String complaint = office.get("/api/v1/complaints/{id}", complaintId);
			assertThat(JsonPath.<String>read(complaint, "$.status.code")).isEqualTo("ARCHIVED");
			assertThat(JsonPath.<String>read(complaint, "$.revisit.opinion")).isEqualTo("对更换燃气表的处理及结果满意");
		});
		assertThat(JsonPath.<List<String>>read(office.get("/api/v1/complaints/{id}/history", complaintId),
				"$[*].step.code"))
			.containsExactly("ACCEPTED", "HANDLED", "FED_BACK", "ARCHIVED");
	}

	@Test
	@DisplayName("VST-7, VST-11, VST-12: the revisit's preparation pack shows the complaint; the supervisor reviews "
			+ "the record and the custodian files it into the archive, found there by customer and quarter")
	void aRevisitIsPreparedReviewedAndFiled() {
		String complaintId = fedBackComplaint("燃气灶点火困难");
		String planId = awaitRevisitPlan(complaintId);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String pack = office.get("/api/v1/visits/{id}/preparation", planId);
			assertThat(JsonPath.<List<String>>read(pack, "$.complaints[*].complaintId")).contains(complaintId);
		});
		recordRevisit(planId, "SATISFIED", "处理及时，点火正常");

		Gateway supervisor = Callers.staff("sys-supervisor", "SUPERVISOR");
		assertThat(supervisor.post("/api/v1/visits/{id}/review", """
				{"outcome":"REVIEWED","guidance":"记录完整"}""", planId).getStatusCode()).isEqualTo(HttpStatus.OK);
		Gateway custodian = Callers.staff("sys-custodian", "CUSTODIAN");
		ResponseEntity<String> filed = custodian.post("/api/v1/visits/archive/{id}", "{}", planId);
		assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
		String period = JsonPath.read(filed.getBody(), "$.period");

		String archive = custodian.get("/api/v1/visits/archive?customerId=CRM-100234&period={period}&size=200", period);
		assertThat(JsonPath.<List<String>>read(archive, "$.items[*].id")).contains(planId);
		assertThat(office.post("/api/v1/visits/archive/{id}", "{}", planId).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	@DisplayName("CMP-3: a very dissatisfied revisit reopens the complaint; handled and fed back again, its second "
			+ "revisit is planned and a satisfied one archives it")
	void aDissatisfiedRevisitReopensAndTheLoopRunsAgain() {
		String complaintId = fedBackComplaint("燃气表走字过快");
		recordRevisit(awaitRevisitPlan(complaintId), "VERY_DISSATISFIED", "问题没有解决，读数仍然偏高");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String complaint = office.get("/api/v1/complaints/{id}", complaintId);
			assertThat(JsonPath.<String>read(complaint, "$.status.code")).isEqualTo("ACCEPTED");
			assertThat(JsonPath.<Integer>read(complaint, "$.reopenCount")).isEqualTo(1);
		});
		handleAndFeedBack(complaintId, "上门复查，重新校表");
		String[] second = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			List<String> planned = JsonPath
				.read(office.get("/api/v1/visits?sourceCaseId={id}&status=PLANNED", complaintId), "$.items[*].id");
			assertThat(planned).hasSize(1);
			second[0] = planned.get(0);
		});
		recordRevisit(second[0], "SATISFIED", "复查后读数正常");

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(
					JsonPath.<String>read(office.get("/api/v1/complaints/{id}", complaintId), "$.status.code"))
				.isEqualTo("ARCHIVED"));
	}

	@Test
	@DisplayName("CMP-5: a rule refusal travels through the gateway as problem+json with the rule ID")
	void ruleRefusalReachesTheCallerAsProblemDetails() {
		String complaintId = accept("维修人员态度差");
		assertThat(office.post("/api/v1/complaints/{id}/handling", """
				{"actions":"批评教育维修人员","finding":"STAFF_AT_FAULT","staffAtFault":"staff-021"}""", complaintId)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> feedback = office.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"已处理"}""", complaintId);

		assertThat(feedback.getStatusCode().value()).isEqualTo(422);
		assertThat(feedback.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<String>read(feedback.getBody(), "$.rule")).isEqualTo("CMP-5");
	}

	@Test
	@DisplayName("CMP-2: a customer complains through the app with their own token, follows their complaint and its "
			+ "revisit plan, and sees nobody else's (404)")
	void aCustomerFollowsTheirOwnComplaint() {
		String crmId = "CRM-CMP-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway customer = Callers.customer(crmId);
		ResponseEntity<String> filed = customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"抄表员态度差"}""");
		assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(filed.getBody(), "$.customerId")).isEqualTo(crmId);
		String complaintId = JsonPath.read(filed.getBody(), "$.id");
		handleAndFeedBack(complaintId, "已批评教育抄表员并向客户致歉");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String plans = customer.get("/api/v1/visits?sourceCaseId={id}", complaintId);
			assertThat(JsonPath.<List<String>>read(plans, "$.items[*].customerId")).containsExactly(crmId);
		});
		assertThat(customer.client()
			.get()
			.uri("/api/v1/complaints/{id}", complaintId)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Callers.customer("CRM-SOMEONE-ELSE")
			.client()
			.get()
			.uri("/api/v1/complaints/{id}", complaintId)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String accept(String content) {
		ResponseEntity<String> accepted = office.post("/api/v1/complaints", """
				{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
				 "channel":"WECHAT","content":"%s","category":"BILLING"}""".formatted(content));
		assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getHeaders().getFirst("X-Request-Id")).isNotBlank();
		return JsonPath.read(accepted.getBody(), "$.id");
	}

	private String fedBackComplaint(String content) {
		String complaintId = accept(content);
		handleAndFeedBack(complaintId, "已上门更换燃气表并向客户说明");
		return complaintId;
	}

	private void handleAndFeedBack(String complaintId, String actions) {
		assertThat(office
			.post("/api/v1/complaints/{id}/handling",
					"""
							{"investigation":"调取抄表记录，上门核对表具","actions":"%s","finding":"COMPANY_RESPONSIBLE"}"""
						.formatted(actions),
					complaintId)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> fedBack = office.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"%s"}""".formatted(actions), complaintId);
		assertThat(fedBack.getStatusCode()).as(fedBack.getBody()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * Waits for visit-service's revisit plan of the complaint (VST-4) and returns its id.
	 */
	private String awaitRevisitPlan(String complaintId) {
		String[] planId = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String plans = office.get("/api/v1/visits?sourceCaseId={id}", complaintId);
			assertThat(JsonPath.<Integer>read(plans, "$.items.length()")).isEqualTo(1);
			assertThat(JsonPath.<String>read(plans, "$.items[0].kind.code")).isEqualTo("COMPLAINT");
			assertThat(JsonPath.<String>read(plans, "$.items[0].customerPhone")).isEqualTo("13812345678");
			planId[0] = JsonPath.read(plans, "$.items[0].id");
		});
		return planId[0];
	}

	private void recordRevisit(String planId, String satisfaction, String opinion) {
		ResponseEntity<String> recorded = visitor.post("/api/v1/visits/{id}/record", """
				{"visitedAt":"%s","satisfaction":"%s","customerOpinion":"%s","summary":"已回访客户"}"""
			.formatted(Instant.now(), satisfaction, opinion), planId);
		assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
	}

}
