package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
 * The staff evaluation flow end to end through the gateway: a complaint upheld against
 * one specialist lands on their record, the revisit of the complaint lands in the
 * customer's own specialist's satisfaction, and the annual ranking weighs both.
 */
class StaffEvaluationFlowIT {

	private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	@Test
	@DisplayName("X-2, CMP-5, VST-8, SPC-7: an upheld complaint and a very satisfied revisit rank the customer's "
			+ "specialist above the one at fault")
	void upheldComplaintAndRevisitWeighInTheAnnualRanking() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String department = "EVAL-" + run;
		String specialist = "eval-a-" + run;
		String atFault = "eval-b-" + run;
		String crmId = "CRM-" + run;
		office.put("/api/v1/departments/" + department, "{\"name\":\"客服中心评比组\"}");
		office.put("/api/v1/staff/" + specialist, """
				{"name":"李娜","departmentId":"%s","roles":["SPECIALIST"]}""".formatted(department));
		office.put("/api/v1/staff/" + atFault, """
				{"name":"王强","departmentId":"%s","roles":["SPECIALIST"]}""".formatted(department));
		Callers.crm().put("/api/v1/customers/" + crmId, """
				{"kind":"HOUSEHOLD","name":"王丽","phone":"13812345678","address":"保康镇幸福小区3号楼","hasGasNeed":true}""");
		assertThat(office.post("/api/v1/customers/" + crmId + "/specialists", """
				{"staffId":"%s","reason":"新开户"}""".formatted(specialist)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		ResponseEntity<String> accepted = office.post("/api/v1/complaints", """
				{"customerId":"%s","customerName":"王丽","customerPhone":"13812345678","channel":"PHONE",
				 "content":"抄表员态度恶劣"}""".formatted(crmId));
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String complaintId = JsonPath.read(accepted.getBody(), "$.id");
		String complaintNumber = JsonPath.read(accepted.getBody(), "$.number");
		assertThat(office.post("/api/v1/complaints/{id}/handling", """
				{"actions":"批评教育抄表员","finding":"STAFF_AT_FAULT","staffAtFault":"%s"}""".formatted(atFault), complaintId)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(office.post("/api/v1/complaints/{id}/apology", """
				{"supervisorId":"sup-01","how":"本人及主管上门当面致歉"}""", complaintId).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(office.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"本人及主管已向客户致歉"}""", complaintId).getStatusCode()).isEqualTo(HttpStatus.OK);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String record = office.get("/api/v1/staff/{id}/record", atFault);
			assertThat(JsonPath.<List<String>>read(record, "$[*].rule")).containsExactly("CMP-5");
			assertThat(JsonPath.<String>read(record, "$[0].source.code")).isEqualTo("UPHELD_COMPLAINT");
			assertThat(JsonPath.<String>read(record, "$[0].caseRef")).isEqualTo(complaintNumber);
		});

		String[] planId = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			List<String> plans = JsonPath.read(office.get("/api/v1/visits?sourceCaseId={id}", complaintId),
					"$.items[*].id");
			assertThat(plans).hasSize(1);
			planId[0] = plans.get(0);
		});
		// visited just now: the visit counts for the specialists the customer had at that
		// moment (SPC-6), and the specialist was assigned only moments ago
		Instant visitedAt = Instant.now();
		String visit = """
				{"visitedAt":"%s","satisfaction":"VERY_SATISFIED",
				 "customerOpinion":"对道歉和处理结果满意","summary":"已再次致歉，客户认可处理结果"}""".formatted(visitedAt);
		ResponseEntity<String> visited = Callers.staff(specialist, "SPECIALIST")
			.post("/api/v1/visits/{id}/record", visit, planId[0]);
		assertThat(visited.getStatusCode()).as(visited.getBody()).isEqualTo(HttpStatus.OK);

		int year = visitedAt.atZone(BUSINESS_ZONE).getYear();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String ranking = office.get("/api/v1/specialists/evaluation?year={year}", year);
			assertThat(JsonPath.<List<Integer>>read(ranking, of(specialist, "visits"))).containsExactly(1);
			assertThat(JsonPath.<List<Double>>read(ranking, of(specialist, "satisfactionRate"))).containsExactly(1.0);
			assertThat(JsonPath.<List<Integer>>read(ranking, of(atFault, "upheldComplaints"))).containsExactly(1);
			assertThat(JsonPath.<List<Integer>>read(ranking, of(specialist, "rank")).get(0))
				.isLessThan(JsonPath.<List<Integer>>read(ranking, of(atFault, "rank")).get(0));
		});
	}

	/** The path of one field of one staff member's result in the ranking. */
	private static String of(String staffId, String field) {
		return "$[?(@.staffId == '" + staffId + "')]." + field;
	}

}
