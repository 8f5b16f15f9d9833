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

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	@Test
	@DisplayName("DL-1, DL-4, DL-5, X-2: an overdue promise breaches and lands on the staff record")
	void overduePromiseLandsOnTheStaffRecord() {
		customerServiceStaff("sys-017", "李娜", "SPECIALIST");

		ResponseEntity<String> started = office.client()
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
			String clock = office.client().get().uri("/api/v1/deadlines/{id}", clockId).retrieve().body(String.class);
			assertThat(JsonPath.<String>read(clock, "$.status.code")).isEqualTo("BREACHED");
		});
		String record = awaitOneViolationOnTheRecordOf("sys-017");
		assertThat(JsonPath.<List<String>>read(record, "$[*].source.code")).containsExactly("DEADLINE_VIOLATION");
	}

	@Test
	@DisplayName("APT-5, DL-4, DL-5, X-2: an appointment request not answered within 1 working day lands on the clerk's record")
	void unansweredAppointmentRequestLandsOnTheClerksRecord() {
		customerServiceStaff("sys-021", "周敏", "SERVICE_CENTER_CLERK");

		// a phone request taken thirteen days ago (longer than any holiday) and never
		// answered: its 1-working-day clock
		// ran out
		ResponseEntity<String> received = Callers.staff("sys-021", "SERVICE_CENTER_CLERK")
			.client()
			.post()
			.uri("/api/v1/appointments")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
					 "applicantName":"刘大爷","applicantPhone":"13900001111","specialCare":true,"channel":"PHONE",
					 "matter":"开通燃气","address":"科尔沁区建国路12号3-201","receivedAt":"%s"}"""
				.formatted(Instant.now().minus(Duration.ofDays(13))))
			.retrieve()
			.toEntity(String.class);
		assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String number = JsonPath.read(received.getBody(), "$.number");

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			String overdue = office.client()
				.get()
				.uri("/api/v1/deadlines?status=BREACHED&staffId=sys-021")
				.retrieve()
				.body(String.class);
			assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].subject.caseNumber")).contains(number);
			assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].policy")).containsOnly("P1WD");
		});
		String record = awaitOneViolationOnTheRecordOf("sys-021");
		assertThat(JsonPath.<List<String>>read(record, "$[*].detail")).singleElement().asString().contains("刘大爷");
	}

	@Test
	@DisplayName("DL-1: the business calendar answers through the gateway, without a token")
	void calendarThroughTheGateway() {
		String day = Callers.anonymous()
			.client()
			.get()
			.uri("/api/v1/calendar/days/2025-10-01")
			.retrieve()
			.body(String.class);

		assertThat(JsonPath.<String>read(day, "$.kind.code")).isEqualTo("HOLIDAY");
	}

	private void customerServiceStaff(String staffId, String name, String role) {
		office.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		office.put("/api/v1/staff/" + staffId, """
				{"name":"%s","departmentId":"CSC","roles":["%s"]}""".formatted(name, role));
	}

	/**
	 * Waits for the staff member's record to hold exactly one DL-5 entry and returns it.
	 */
	private String awaitOneViolationOnTheRecordOf(String staffId) {
		String[] record = new String[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			record[0] = office.client().get().uri("/api/v1/staff/{id}/record", staffId).retrieve().body(String.class);
			assertThat(JsonPath.<List<String>>read(record[0], "$[*].rule")).containsExactly("DL-5");
		});
		return record[0];
	}

}
