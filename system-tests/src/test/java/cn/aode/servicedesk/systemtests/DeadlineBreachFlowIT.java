package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deadline flow end to end through the gateway: a promised time limit runs out, the
 * clock breaches, and the DL-5 violation lands on the responsible staff member's record.
 */
class DeadlineBreachFlowIT {

	private final Gateway gateway = new Gateway();

	@Test
	@DisplayName("DL-1, DL-4, DL-5, X-2: an overdue promise breaches and lands on the staff record")
	void overduePromiseLandsOnTheStaffRecord() {
		gateway.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		gateway.put("/api/v1/staff/sys-017", """
				{"name":"李娜","departmentId":"CSC","roles":["SPECIALIST"],"phone":"13900000017"}""");

		ResponseEntity<String> started = gateway.client()
			.post()
			.uri("/api/v1/deadlines")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"subject":{"service":"specialist-service","caseId":"need-1","caseNumber":"XQ20261120-0001","purpose":"complete"},
					 "title":"为客户办理开户","policy":"P1D","startsAt":"%s","source":"CUSTOMER_PROMISE",
					 "responsibleStaffId":"sys-017","department":"客服中心"}"""
				.formatted(Instant.now().minus(Duration.ofDays(2))))
			.retrieve()
			.toEntity(String.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String clockId = JsonPath.read(started.getBody(), "$.id");

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			String clock = gateway.client().get().uri("/api/v1/deadlines/{id}", clockId).retrieve().body(String.class);
			assertThat(JsonPath.<String>read(clock, "$.status.code")).isEqualTo("BREACHED");
		});
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			String record = gateway.client().get().uri("/api/v1/staff/sys-017/record").retrieve().body(String.class);
			assertThat(JsonPath.<List<String>>read(record, "$[*].rule")).containsExactly("DL-5");
			assertThat(JsonPath.<List<String>>read(record, "$[*].source.code")).containsExactly("DEADLINE_VIOLATION");
		});
	}

	@Test
	@DisplayName("DL-1: the business calendar answers through the gateway")
	void calendarThroughTheGateway() {
		String day = gateway.client().get().uri("/api/v1/calendar/days/2025-10-01").retrieve().body(String.class);

		assertThat(JsonPath.<String>read(day, "$.kind.code")).isEqualTo("HOLIDAY");
	}

}
