package cn.aode.servicedesk.complaint.statistics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * CMP-7 against a known data set in March 2025 (a month no other test writes): ten
 * complaints fed back after 1 to 10 hours, so the average is 5.5 h and the 90th
 * percentile 9.1 h (linear interpolation, as PostgreSQL's percentile_cont computes it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintStatisticsIntegrationTests {

	private static final Instant MARCH = Instant.parse("2025-03-03T01:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void knownComplaints() {
		for (int i = 1; i <= 10; i++) {
			Instant received = MARCH.plus(Duration.ofDays(i));
			String category = i <= 6 ? "BILLING" : "SERVICE_ATTITUDE";
			String customer = i <= 3 ? "CRM-REPEAT" : "CRM-S" + i;
			String status = i <= 2 ? "ARCHIVED" : (i == 3 ? "ACCEPTED" : "FED_BACK");
			UUID id = complaint(i, received, category, customer, status, i == 3 ? 1 : 0);
			step(id, received.plus(Duration.ofHours(i)), "FED_BACK");
		}
		complaint(11, MARCH.plus(Duration.ofDays(20)), "SAFETY", null, "ACCEPTED", 0);
	}

	@Test
	@DisplayName("CMP-7: counts by category and month, average and p90 hours to feedback, repeat complainants and "
			+ "the reopen rate of a period")
	void statisticsOfAKnownPeriod() {
		MvcTestResult report = mvc.get().uri("/api/v1/complaints/statistics?from=2025-03-01&to=2025-03-31").exchange();

		assertThat(report).hasStatusOk();
		assertThat(report).bodyJson().extractingPath("$.total").isEqualTo(11);
		assertThat(report).bodyJson()
			.extractingPath("$.byCategory[*].key")
			.asArray()
			.containsExactly("BILLING", "SERVICE_ATTITUDE", "SAFETY");
		assertThat(report).bodyJson().extractingPath("$.byCategory[0].count").isEqualTo(6);
		assertThat(report).bodyJson().extractingPath("$.byMonth[0].key").isEqualTo("2025-03");
		assertThat(report).bodyJson().extractingPath("$.feedbackHours.fedBack").isEqualTo(10);
		assertThat(report).bodyJson()
			.extractingPath("$.feedbackHours.average")
			.satisfies(average -> assertThat(((Number) average).doubleValue()).isCloseTo(5.5, within(1e-6)));
		assertThat(report).bodyJson()
			.extractingPath("$.feedbackHours.p90")
			.satisfies(p90 -> assertThat(((Number) p90).doubleValue()).isCloseTo(9.1, within(1e-6)));
		assertThat(report).bodyJson().extractingPath("$.repeatComplainants.customers").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.repeatComplainants.complaints").isEqualTo(3);
		assertThat(report).bodyJson().extractingPath("$.reopened.reopened").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.reopened.revisited").isEqualTo(3);
	}

	@Test
	@DisplayName("CMP-7: the same figures as CSV; a customer's token is refused; a reversed period answers 400")
	void csvForStaffOnly() throws Exception {
		MvcTestResult csv = mvc.get()
			.uri("/api/v1/complaints/statistics?from=2025-03-01&to=2025-03-31")
			.accept("text/csv")
			.exchange();

		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentAsString()).startsWith("dimension,key,count\ntotal,,11\n")
			.contains("category,BILLING,6\n", "month,2025-03,11\n");
		assertThat(mvc.get()
			.uri("/api/v1/complaints/statistics?from=2025-03-01&to=2025-03-31")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.customer("CRM-REPEAT"))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/complaints/statistics?from=2025-03-31&to=2025-03-01").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private UUID complaint(int i, Instant received, String category, String customer, String status, int reopened) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into complaint (id, number, customer_id, customer_name, customer_phone, channel, content,
				  received_at, status, category, receiving_department, reopen_count, version)
				values (?, ?, ?, '王丽', '13812345678', 'PHONE', '统计', ?, ?, ?, '办公室', ?, 0)""")
			.params(id, "TS202503%02d-%04d".formatted(i, i), customer, Timestamp.from(received), status, category,
					reopened)
			.update();
		return id;
	}

	private void step(UUID id, Instant at, String step) {
		jdbc.sql("insert into complaint_step (complaint_id, at, step, actor) values (?, ?, ?, 'office-01')")
			.params(id, Timestamp.from(at), step)
			.update();
	}

}
