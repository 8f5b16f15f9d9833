package cn.aode.servicedesk.specialist.assignment.web;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specialist assignments, their history and the coverage report, on real PostgreSQL and
 * Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class AssignmentApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	private JsonCalls calls;

	@BeforeEach
	void jsonCalls() {
		calls = new JsonCalls(mvc);
	}

	@Test
	@DisplayName("SPC-1, X-1: assigning a specialist answers 201 with who assigned them and when, lists them as "
			+ "active and counts their workload")
	void assignsASpecialist() {
		customer("CRM-A1", true);
		Instant before = Instant.now();

		MvcTestResult result = assign("CRM-A1", "staff-a1");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson()
			.extractingPath("$.assignedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isBetween(before, Instant.now()));
		assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo("片区服务专员");
		assertThat(result).bodyJson().extractingPath("$.staffId").isEqualTo("staff-a1");
		assertThat(result).bodyJson().extractingPath("$.crmId").isEqualTo("CRM-A1");
		assertThat(result).bodyJson().extractingPath("$.active").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.assignedBy").isEqualTo("head-01");
		assertThat(mvc.get().uri("/api/v1/customers/CRM-A1/specialists").exchange()).bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsExactly("staff-a1");
		MvcTestResult workload = mvc.get().uri("/api/v1/specialists/staff-a1/workload").exchange();
		assertThat(workload).bodyJson().extractingPath("$.staffId").isEqualTo("staff-a1");
		assertThat(workload).bodyJson().extractingPath("$.activeCustomers").asNumber().isEqualTo(1);
	}

	@Test
	@DisplayName("SPC-6: assigning the same active specialist twice answers 422 naming the rule")
	void refusesTheSameActiveSpecialistTwice() {
		customer("CRM-A2", true);
		assertThat(assign("CRM-A2", "staff-a2")).hasStatus(HttpStatus.CREATED);

		MvcTestResult again = assign("CRM-A2", "staff-a2");

		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again).bodyJson().extractingPath("$.rule").isEqualTo("SPC-6");
		assertThat(assign("CRM-A2", "staff-a2b")).hasStatus(HttpStatus.CREATED);
	}

	@Test
	@DisplayName("SPC-1: the last specialist of a customer with a gas need cannot be ended (422)")
	void refusesToEndTheLastSpecialistOfACustomerWithANeed() {
		customer("CRM-A3", true);
		assertThat(assign("CRM-A3", "staff-a3")).hasStatus(HttpStatus.CREATED);

		MvcTestResult result = end("CRM-A3", "staff-a3");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-1");
		assertThat(mvc.get().uri("/api/v1/customers/CRM-A3/specialists").exchange()).bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsExactly("staff-a3");
	}

	@Test
	@DisplayName("SPC-6, X-1: a specialist is replaced by assigning the successor first; the ended one stays in the "
			+ "history with who ended it, when and why")
	void keepsEndedAssignmentsInTheHistory() {
		customer("CRM-A4", true);
		assertThat(assign("CRM-A4", "staff-old")).hasStatus(HttpStatus.CREATED);
		assertThat(assign("CRM-A4", "staff-new")).hasStatus(HttpStatus.CREATED);
		Instant before = Instant.now();

		MvcTestResult ended = end("CRM-A4", "staff-old");

		assertThat(ended).hasStatus(HttpStatus.OK);
		assertThat(ended).bodyJson().extractingPath("$.active").isEqualTo(false);
		assertThat(ended).bodyJson().extractingPath("$.endedBy").isEqualTo("head-01");
		assertThat(ended).bodyJson().extractingPath("$.endReason").isEqualTo("调岗");
		assertThat(ended).bodyJson()
			.extractingPath("$.endedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isBetween(before, Instant.now()));
		assertThat(mvc.get().uri("/api/v1/customers/CRM-A4/specialists").exchange()).bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsExactly("staff-new");
		MvcTestResult history = mvc.get().uri("/api/v1/customers/CRM-A4/specialists?history=true").exchange();
		assertThat(history).bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsExactly("staff-old", "staff-new");
		assertThat(history).bodyJson().extractingPath("$[*].active").asArray().containsExactly(false, true);
		assertThat(mvc.get().uri("/api/v1/specialists/staff-old/workload").exchange()).bodyJson()
			.extractingPath("$.activeCustomers")
			.asNumber()
			.isEqualTo(0);
		assertThat(end("CRM-A4", "staff-old")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("SPC-1: a customer without a gas need may be left without a specialist")
	void endsTheLastSpecialistOfACustomerWithoutANeed() {
		customer("CRM-A5", false);
		assertThat(assign("CRM-A5", "staff-a5")).hasStatus(HttpStatus.CREATED);

		assertThat(end("CRM-A5", "staff-a5")).hasStatus(HttpStatus.OK);
		assertThat(mvc.get().uri("/api/v1/customers/CRM-A5/specialists").exchange()).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	@DisplayName("SPC-1: the coverage report lists customers with a gas need and no specialist, phone masked")
	void reportsCoverageGaps() {
		customer("CRM-G1", true);
		customer("CRM-G2", true);
		customer("CRM-G3", false);
		assertThat(assign("CRM-G2", "staff-g2")).hasStatus(HttpStatus.CREATED);

		MvcTestResult result = mvc.get().uri("/api/v1/specialists/coverage?size=200").exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson()
			.extractingPath("$.items[*].crmId")
			.asArray()
			.contains("CRM-G1")
			.doesNotContain("CRM-G2", "CRM-G3");
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.crmId == 'CRM-G1')].phone")
			.asArray()
			.containsExactly("139****0001");

		assertThat(assign("CRM-G1", "staff-g1")).hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/specialists/coverage?size=200").exchange()).bodyJson()
			.extractingPath("$.items[*].crmId")
			.asArray()
			.doesNotContain("CRM-G1");
	}

	@Test
	void unknownCustomersAndAssignmentsAnswer404() {
		customer("CRM-A6", true);

		assertThat(assign("CRM-NOPE", "staff-a6")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(end("CRM-A6", "staff-never")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/customers/CRM-NOPE/specialists").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void customer(String crmId, boolean hasGasNeed) {
		assertThat(calls.put("/api/v1/customers/" + crmId, """
				{"kind":"HOUSEHOLD","name":"王丽","phone":"13900000001","address":"科左中旗保康镇",
				 "hasGasNeed":%s}""".formatted(hasGasNeed))).hasStatus(HttpStatus.CREATED);
	}

	private MvcTestResult assign(String crmId, String staffId) {
		return calls.as(TestTokens.staff("head-01")).post("/api/v1/customers/" + crmId + "/specialists", """
				{"staffId":"%s","reason":"片区服务专员"}""".formatted(staffId));
	}

	private MvcTestResult end(String crmId, String staffId) {
		return mvc.delete()
			.uri("/api/v1/customers/" + crmId + "/specialists/" + staffId + "?reason={reason}", "调岗")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-01"))
			.exchange();
	}

}
