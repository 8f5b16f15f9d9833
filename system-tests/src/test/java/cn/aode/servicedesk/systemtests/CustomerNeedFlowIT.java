package cn.aode.servicedesk.systemtests;

import java.time.Duration;
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
 * The specialist flow end to end through the gateway: a CRM customer gets a specialist,
 * whose need goes to two departments at once, each with a deadline clock, answered
 * together.
 */
class CustomerNeedFlowIT {

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	private final Gateway specialist = Callers.staff("flow-spc", "SPECIALIST");

	@Test
	@DisplayName("SPC-1, SPC-3, SPC-4, SPC-5: a need handled by two departments with clocks, answered together")
	void needGoesToTwoDepartmentsAndIsAnsweredTogether() {
		office.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		office.put("/api/v1/departments/ENG", "{\"name\":\"工程部\"}");
		office.put("/api/v1/staff/flow-head-csc",
				"{\"name\":\"张主任\",\"departmentId\":\"CSC\",\"roles\":[\"DEPARTMENT_HEAD\"]}");
		office.put("/api/v1/staff/flow-head-eng",
				"{\"name\":\"赵经理\",\"departmentId\":\"ENG\",\"roles\":[\"DEPARTMENT_HEAD\"]}");
		office.put("/api/v1/staff/flow-spc", "{\"name\":\"李娜\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}");
		office.put("/api/v1/departments/CSC/head", "{\"staffId\":\"flow-head-csc\"}");
		office.put("/api/v1/departments/ENG/head", "{\"staffId\":\"flow-head-eng\"}");
		String crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		Callers.crm().put("/api/v1/customers/" + crmId, """
				{"kind":"HOUSEHOLD","name":"王丽","phone":"13812345678","address":"保康镇幸福小区3号楼","hasGasNeed":true}""");
		assertThat(Callers.staff("flow-head-csc", "DEPARTMENT_HEAD")
			.post("/api/v1/customers/" + crmId + "/specialists", """
					{"staffId":"flow-spc","reason":"新开户"}""")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<String> need = specialist.post("/api/v1/needs", """
				{"customerCrmId":"%s","title":"居民用气开户","description":"新房通气",
				 "departments":[{"departmentId":"CSC","policy":"P2WD"},{"departmentId":"ENG","policy":"P5WD"}]}"""
			.formatted(crmId));
		assertThat(need.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String needId = JsonPath.read(need.getBody(), "$.id");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String clocks = office.client()
				.get()
				.uri("/api/v1/deadlines?department=工程部&size=200")
				.retrieve()
				.body(String.class);
			assertThat(JsonPath.<List<String>>read(clocks, "$.items[*].subject.caseId")).contains(needId);
		});

		Callers.staff("flow-head-csc", "DEPARTMENT_HEAD")
			.post("/api/v1/needs/" + needId + "/parts/CSC/completion", "{\"answer\":\"已建档\"}");
		ResponseEntity<String> answered = Callers.staff("flow-head-eng", "DEPARTMENT_HEAD")
			.post("/api/v1/needs/" + needId + "/parts/ENG/completion", "{\"answer\":\"周二上门通气\"}");
		assertThat(JsonPath.<String>read(answered.getBody(), "$.status.code")).isEqualTo("ANSWERED");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String clocks = office.client()
				.get()
				.uri("/api/v1/deadlines?department=工程部&size=200")
				.retrieve()
				.body(String.class);
			assertThat(
					JsonPath.<List<String>>read(clocks, "$.items[?(@.subject.caseId == '" + needId + "')].status.code"))
				.containsExactly("SATISFIED");
		});
		String file = specialist.client()
			.get()
			.uri("/api/v1/customers/{crmId}/file", crmId)
			.retrieve()
			.body(String.class);
		assertThat(JsonPath.<List<String>>read(file, "$[*].kind.code")).contains("NEED_ANSWERED", "NEED_SUBMITTED");
	}

}
