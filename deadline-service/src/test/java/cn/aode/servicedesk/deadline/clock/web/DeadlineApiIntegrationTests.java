package cn.aode.servicedesk.deadline.clock.web;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline API and its reports, on real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class DeadlineApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

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
	@DisplayName("DL-2: an unreadable limit is refused naming the rule")
	void refusesAnUnreadableLimit() {
		MvcTestResult result = start("MEETING_DECISION", "\"next week\"", "staff-102", "市场部");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("DL-2");
	}

	@Test
	@DisplayName("The clock list combines status, department and staff filters")
	void listCombinesFilters() {
		String location = start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-104", "工程部").getResponse().getHeader("Location");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-104", "工程部");
		start("CUSTOMER_PROMISE", "\"P2WD\"", "staff-105", "工程部");
		mvc.post()
			.uri(location + "/satisfaction")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultTold\":true}")
			.exchange();

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
		assertThat(mvc.post()
			.uri(location + "/satisfaction")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultTold\":true}")
			.exchange()).hasStatus(HttpStatus.OK);

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

	private MvcTestResult start(String source, String policy, String staff, String department) {
		return mvc.post()
			.uri("/api/v1/deadlines")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"subject":{"service":"specialist-service","caseId":"need-%s-%s","caseNumber":"XQ20261127-0001","purpose":"complete"},
							 "title":"客户用气需求办理","policy":%s,"source":"%s","responsibleStaffId":"%s","department":"%s"}"""
						.formatted(staff, System.nanoTime(), policy, source, staff, department))
			.exchange();
	}

}
