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

	private final ComplaintSteps steps = new ComplaintSteps(office);

	@Test
	@DisplayName("CMP-3, VST-4, VST-8: accept → handle → feedback → revisit planned and recorded → archived")
	void aSatisfiedRevisitArchivesTheComplaint() {
		String complaintId = steps.fedBackComplaint("燃气表读数异常");

		String planId = steps.awaitRevisitPlan(complaintId);
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
		String complaintId = steps.fedBackComplaint("燃气灶点火困难");
		String planId = steps.awaitRevisitPlan(complaintId);
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
		String complaintId = steps.fedBackComplaint("燃气表走字过快");
		recordRevisit(steps.awaitRevisitPlan(complaintId), "VERY_DISSATISFIED", "问题没有解决，读数仍然偏高");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String complaint = office.get("/api/v1/complaints/{id}", complaintId);
			assertThat(JsonPath.<String>read(complaint, "$.status.code")).isEqualTo("ACCEPTED");
			assertThat(JsonPath.<Integer>read(complaint, "$.reopenCount")).isEqualTo(1);
		});
		steps.handleAndFeedBack(complaintId, "上门复查，重新校表");
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
		String complaintId = steps.accept("维修人员态度差");
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
		steps.handleAndFeedBack(complaintId, "已批评教育抄表员并向客户致歉");

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

	private void recordRevisit(String planId, String satisfaction, String opinion) {
		ResponseEntity<String> recorded = visitor.post("/api/v1/visits/{id}/record", """
				{"visitedAt":"%s","satisfaction":"%s","customerOpinion":"%s","summary":"已回访客户"}"""
			.formatted(Instant.now(), satisfaction, opinion), planId);
		assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
	}

}
