package cn.aode.servicedesk.deadline.clock.web;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline API and its reports, on real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class DeadlineApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	JsonCalls json;

	@BeforeEach
	void jsonCalls() {
		json = new JsonCalls(mvc);
	}

	@Test
	@DisplayName("DL-2: staff register a leader's instruction with its limit")
	void registersALeadersInstruction() {
		MvcTestResult result = start("LEADER_INSTRUCTION", "\"PT4WH\"", "staff-101", "市场部");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.source.zh").isEqualTo("领导批办");
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("RUNNING");
		assertThat(result).bodyJson().extractingPath("$.policy").isEqualTo("PT4WH");
	}

	@Test
	void anUnreadableLimitIsABadValueNotARuleRefusal() {
		MvcTestResult result = start("MEETING_DECISION", "\"next week\"", "staff-102", "市场部");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:invalid-value");
		assertThat(result).bodyJson().doesNotHavePath("$.rule");
	}

	@Test
	@DisplayName("The clock list combines status, department and staff filters")
	void listCombinesFilters() {
		String location = start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-104", "工程部").getResponse().getHeader("Location");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-104", "工程部");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-105", "工程部");
		assertThat(json.post(location + "/satisfaction", "{\"resultTold\":true}")).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/deadlines?status=RUNNING&department=工程部&staffId=staff-104").exchange())
			.bodyJson()
			.extractingPath("$.items[*].responsibleStaffId")
			.asArray()
			.containsExactly("staff-104");
		assertThat(mvc.get().uri("/api/v1/deadlines?department=工程部").exchange()).bodyJson()
			.extractingPath("$.totalItems")
			.isEqualTo(3);
	}

	@Test
	@DisplayName("The clock list is soonest due first, whatever the order the clocks were started in")
	void listIsSoonestDueFirst() {
		start("CUSTOMER_PROMISE", "\"P3WD\"", "staff-106", "排序测试部");
		start("CUSTOMER_PROMISE", "\"P1WD\"", "staff-106", "排序测试部");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-106", "排序测试部");

		MvcTestResult list = mvc.get().uri("/api/v1/deadlines?department=排序测试部").exchange();

		assertThat(list).bodyJson()
			.extractingPath("$.items[*].policy")
			.asArray()
			.containsExactly("P1WD", "P2WD", "P3WD");
	}

	@Test
	void missingFieldsAnswer400AndUnknownClocks404() {
		assertThat(mvc.post().uri("/api/v1/deadlines").contentType(MediaType.APPLICATION_JSON).content("{}").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/deadlines/6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("DL-1: a matter completed in time counts as on time for its staff member")
	void reportsOnTimeRatesAndOpenClocks() {
		String location = start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-103", "客服中心").getResponse()
			.getHeader("Location");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-103", "客服中心");
		assertThat(json.post(location + "/satisfaction", "{\"resultTold\":true}")).hasStatusOk();

		int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
		assertThat(mvc.get().uri("/api/v1/deadlines/reports/on-time?year=" + year + "&groupBy=STAFF").exchange())
			.bodyJson()
			.extractingPath("$[?(@.key == 'staff-103')].onTimeRate")
			.asArray()
			.containsExactly(1.0);
		assertThat(mvc.get().uri("/api/v1/deadlines/reports/open?groupBy=DEPARTMENT").exchange()).bodyJson()
			.extractingPath("$[?(@.key == '客服中心')].open")
			.asArray()
			.containsExactly(1);
	}

	@Test
	@DisplayName("DL-2: every source of a limit gives its own clock, and the reports count them by source")
	void everySourceGivesItsOwnClockReportedBySource() {
		String department = "来源测试部-" + System.nanoTime();
		List<String> sources = List.of("CUSTOMER_PROMISE", "PUBLIC_COMMITMENT", "LEADER_INSTRUCTION",
				"MEETING_DECISION", "CUSTOMER_FEEDBACK");
		List<String> locations = sources.stream()
			.map(source -> start("need-dl2", source.toLowerCase(), source, "\"P2WD\"", "staff-106", department))
			.peek(result -> assertThat(result).hasStatus(HttpStatus.CREATED))
			.map(result -> result.getResponse().getHeader("Location"))
			.toList();
		assertThat(locations).doesNotHaveDuplicates().hasSize(5);
		assertThat(json.post(locations.get(0) + "/satisfaction", "{\"resultTold\":true}")).hasStatusOk();

		MvcTestResult open = json.get("/api/v1/deadlines/reports/open?groupBy=SOURCE&department=" + department);
		assertThat(open).hasStatusOk();
		assertThat(open).bodyJson()
			.extractingPath("$[*].key")
			.asArray()
			.containsExactlyInAnyOrder("PUBLIC_COMMITMENT", "LEADER_INSTRUCTION", "MEETING_DECISION",
					"CUSTOMER_FEEDBACK");
		assertThat(open).bodyJson().extractingPath("$[*].open").asArray().containsExactly(1, 1, 1, 1);
		int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
		assertThat(
				json.get("/api/v1/deadlines/reports/on-time?year=" + year + "&groupBy=SOURCE&department=" + department))
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"key":"CUSTOMER_PROMISE","completed":1,"onTime":1,"onTimeRate":1.0}]""");
	}

	@Test
	@DisplayName("DL-5: the requester rejects a completed matter's answer as not what was committed; the violation "
			+ "is recorded once, with who rejected it, when and why")
	void theRequesterRejectsAnAnswerNotAsCommitted() {
		String location = start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-107", "客服中心").getResponse()
			.getHeader("Location");
		String rejection = """
				{"reason":"答复的通气日期与承诺不符"}""";
		assertThat(json.post(location + "/answer-rejection", rejection)).as("nothing answered yet")
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:servicedesk:problem:invalid-state");
		assertThat(json.post(location + "/satisfaction", "{\"resultTold\":true}")).hasStatusOk();

		MvcTestResult rejected = json.post(location + "/answer-rejection", "\"1\"", rejection);

		assertThat(rejected).hasStatusOk().hasHeader("ETag", "\"2\"");
		assertThat(rejected).bodyJson().extractingPath("$.answerRejection.rejectedBy").isEqualTo("clerk-1");
		assertThat(rejected).bodyJson().extractingPath("$.answerRejection.reason").isEqualTo("答复的通气日期与承诺不符");
		assertThat(rejected).bodyJson().extractingPath("$.answerRejection.rejectedAt").isNotNull();
		assertThat(json.post(location + "/answer-rejection", rejection)).as("only once").hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.sql("select kind || '/' || consequence from deadline_violation where staff_id = ?")
			.param("staff-107")
			.query(String.class)
			.list()).containsExactly("ANSWER_NOT_AS_COMMITTED/CRITICISM");
	}

	@Test
	@DisplayName("DL-4, X-1: what the customer was told about a delay is kept with who told it and when")
	void explanationsToTheCustomerAreKept() {
		String location = start("CUSTOMER_FEEDBACK", "\"P2WD\"", "staff-108", "供应部").getResponse()
			.getHeader("Location");

		MvcTestResult explained = json.as(TestTokens.staff("staff-108", Role.SPECIALIST))
			.post(location + "/customer-explanations", """
					{"explanation":"管材未到货，已电话告知客户预计延后两天","explainedBy":"someone-else"}""");

		assertThat(explained).hasStatus(HttpStatus.CREATED);
		assertThat(explained).bodyJson().extractingPath("$.explainedAt").isNotNull();
		assertThat(json.get(location + "/customer-explanations")).bodyJson()
			.extractingPath("$[*].explainedBy")
			.asArray()
			.containsExactly("staff-108");
		assertThat(json.post(location + "/customer-explanations", "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("explanation");
	}

	@Test
	@DisplayName("DL-1: a clock-state refusal is a 409 without a rule, a stale If-Match a 412")
	void stateErrorsAnswer409AndStaleVersions412() {
		String location = start("MEETING_DECISION", "\"P2WD\"", "staff-109", "市场部").getResponse().getHeader("Location");
		assertThat(json.post(location + "/satisfaction", "{\"resultTold\":true}")).hasStatusOk();

		MvcTestResult paused = json.post(location + "/pause", "{\"reason\":\"等待客户补充材料\"}");

		assertThat(paused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(paused).bodyJson().extractingPath("$.detail").isEqualTo("Cannot pause a clock that is completed");
		assertThat(paused).bodyJson().doesNotHavePath("$.rule");
		assertThat(json.post(location + "/resume", "{}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(json.post(location + "/satisfaction", "\"0\"", "{\"resultTold\":true}"))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	private MvcTestResult start(String source, String policy, String staff, String department) {
		return start("need-" + staff + "-" + System.nanoTime(), "complete", source, policy, staff, department);
	}

	private MvcTestResult start(String caseId, String purpose, String source, String policy, String staff,
			String department) {
		return json.post("/api/v1/deadlines", """
				{"subject":{"service":"specialist-service","caseId":"%s","caseNumber":"XQ20261127-0001","purpose":"%s"},
				 "title":"客户用气需求办理","policy":%s,"source":"%s","responsibleStaffId":"%s","department":"%s"}"""
			.formatted(caseId, purpose, policy, source, staff, department));
	}

}
