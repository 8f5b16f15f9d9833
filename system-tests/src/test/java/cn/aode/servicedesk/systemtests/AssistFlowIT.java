package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Assisted and proxy service through the gateway (issue 12): helpers named and on the
 * rota, a substitute's late check-in on their staff record in specialist-service, the
 * help desk's pre-check answered by the real notice-service, a permit errand whose clock
 * in deadline-service waits while the authority decides, and the could-not-get-it-done
 * window's case on the clock of the center's head.
 */
class AssistFlowIT {

	private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	/** {@code servicedesk.assist.unresolved.head} of assist-service.yml. */
	private static final String CENTER_HEAD = "head-01";

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	@Test
	@DisplayName("AST-2, AST-3, AST-4, X-2: the window staff name helpers and put one on duty; the helper is away on a "
			+ "trip and a substitute stands in, who checks in after the shift began — a penalty on the substitute's "
			+ "staff record, none on the absent helper's")
	void aSubstitutesLateCheckInReachesTheirRecord() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String onDuty = "ast-window-" + run;
		String substitute = "ast-full-" + run;
		Gateway clerk = Callers.staff("ast-clerk-" + run, "SERVICE_CENTER_CLERK");
		Gateway substituteHelper = Callers.staff(substitute, "HELPER");

		ResponseEntity<String> named = named(clerk, onDuty, "张敏", "WINDOW");
		assertThat(named.getStatusCode()).as(named.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(named.getBody(), "$.namedBy")).isEqualTo("ast-clerk-" + run);
		assertThat(named(clerk, substitute, "刘洋", "FULL_TIME").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> byAHelper = named(substituteHelper, "ast-other-" + run, "王芳", "WINDOW");
		assertThat(byAHelper.getStatusCode()).as("AST-2: named by the window staff").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(JsonPath.<String>read(byAHelper.getBody(), "$.rule")).isEqualTo("AST-2");

		// yesterday's afternoon shift: whoever checks in now is late
		LocalDate yesterday = LocalDate.now(BUSINESS_ZONE).minusDays(1);
		ResponseEntity<String> duty = clerk.post("/api/v1/helpers/rota", """
				{"day":"%s","shift":"AFTERNOON","staffId":"%s"}""".formatted(yesterday, onDuty));
		assertThat(duty.getStatusCode()).as(duty.getBody()).isEqualTo(HttpStatus.CREATED);
		String dutyId = JsonPath.read(duty.getBody(), "$.id");
		ResponseEntity<String> substituted = clerk.post("/api/v1/helpers/rota/{id}/substitution", """
				{"substituteStaffId":"%s","reason":"TRIP","note":"赴旗政务服务中心学习"}""".formatted(substitute), dutyId);
		assertThat(substituted.getStatusCode()).as(substituted.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(substituted.getBody(), "$.substituteFor")).isEqualTo(dutyId);
		String substituteDutyId = JsonPath.read(substituted.getBody(), "$.id");
		String absent = clerk.get("/api/v1/helpers/rota/{id}", dutyId);
		assertThat(JsonPath.<String>read(absent, "$.status.code")).isEqualTo("ABSENT");
		assertThat(JsonPath.<String>read(absent, "$.absenceReason.code")).isEqualTo("TRIP");

		ResponseEntity<String> someoneElse = clerk.post("/api/v1/helpers/rota/{id}/check-in", "{}", substituteDutyId);
		assertThat(someoneElse.getStatusCode()).as("AST-4: helpers check in themselves")
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> checkedIn = substituteHelper.post("/api/v1/helpers/rota/{id}/check-in", "{}",
				substituteDutyId);
		assertOk(checkedIn);
		assertThat(JsonPath.<Boolean>read(checkedIn.getBody(), "$.late")).isTrue();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String record = office.get("/api/v1/staff/{id}/record", substitute);
			assertThat(JsonPath.<List<String>>read(record, "$[*].rule")).containsExactly("AST-4");
			assertThat(JsonPath.<String>read(record, "$[0].kind.code")).isEqualTo("PENALTY");
			assertThat(JsonPath.<String>read(record, "$[0].source.code")).isEqualTo("AREA_REPORT");
			assertThat(JsonPath.<String>read(record, "$[0].detail")).startsWith("帮办代办员未提前十分钟到岗：" + yesterday);
		});
		assertThat(JsonPath.<List<Object>>read(office.get("/api/v1/staff/{id}/record", onDuty), "$"))
			.as("away on a trip, substituted: not late")
			.isEmpty();
	}

	@Test
	@DisplayName("AST-6, NTC-2: the help desk's pre-check goes to the real notice-service with the helper's token: "
			+ "incomplete materials wait with every missing item and how to obtain it, and the application is open "
			+ "in notice-service, checked by the helper")
	void aHelpDeskPreCheckOpensTheApplicationInNoticeService() {
		String helper = "ast-helper-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway desk = Callers.staff(helper, "HELPER");

		ResponseEntity<String> checked = desk.post("/api/v1/assists/prechecks", """
				{"applicant":{"name":"王丽","phone":"13812345678","customerId":"CRM-100234"},
				 "matterCode":"RESIDENTIAL_CONNECTION","presented":[{"code":"ID_CARD"}]}""");

		assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(checked.getBody(), "$.status.code")).isEqualTo("AWAITING_MATERIALS");
		assertThat(JsonPath.<String>read(checked.getBody(), "$.handledBy")).isEqualTo(helper);
		assertThat(JsonPath.<String>read(checked.getBody(), "$.matterCode")).isEqualTo("RESIDENTIAL_CONNECTION");
		assertThat(JsonPath.<List<String>>read(checked.getBody(), "$.missing")).satisfiesExactly(
				item -> assertThat(item).startsWith("房屋产权证明（不动产权证书或购房合同） 1 份").contains("不动产登记中心"),
				item -> assertThat(item).startsWith("户内燃气设施安装验收单 1 份").contains("向房屋开发单位或物业服务企业索取"));
		String applicationId = JsonPath.read(checked.getBody(), "$.applicationId");
		String applicationNumber = JsonPath.read(checked.getBody(), "$.applicationNumber");
		assertThat(applicationNumber).matches("BJ\\d{8}-\\d{4}");

		String application = desk.get("/api/v1/applications/{id}", applicationId);
		assertThat(JsonPath.<String>read(application, "$.number")).isEqualTo(applicationNumber);
		assertThat(JsonPath.<String>read(application, "$.matterCode")).isEqualTo("RESIDENTIAL_CONNECTION");
		assertThat(JsonPath.<String>read(application, "$.status.code")).isEqualTo("AWAITING_MATERIALS");
		assertThat(JsonPath.<Integer>read(application, "$.tripCount")).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(application, "$.trips[*].checkedBy")).containsExactly(helper);
		assertThat(JsonPath.<List<String>>read(application, "$.trips[0].missing")).hasSize(2);
	}

	@Test
	@DisplayName("AST-7, DL-1: a permit errand under the customer's voluntary authorisation: its clock in "
			+ "deadline-service runs, is paused while the authority decides, runs again after the decision with its "
			+ "due time not earlier, and is satisfied when the customer is told")
	void aPermitErrandsClockWaitsWhileTheAuthorityDecides() {
		String helper = "ast-errand-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway desk = Callers.staff(helper, "HELPER");
		LocalDate today = LocalDate.now(BUSINESS_ZONE);
		String authorisationId = authorise(desk, "ROAD_OCCUPATION_AND_EXCAVATION");

		ResponseEntity<String> begun = desk.post("/api/v1/assists/errands", """
				{"authorisationId":"%s","permit":"ROAD_OCCUPATION_AND_EXCAVATION","authority":"科左中旗城市管理综合行政执法局",
				 "documents":["施工图","道路挖掘申请表","交通疏导方案"]}""".formatted(authorisationId));
		assertThat(begun.getStatusCode()).as(begun.getBody()).isEqualTo(HttpStatus.CREATED);
		String errandId = JsonPath.read(begun.getBody(), "$.id");
		String number = JsonPath.read(begun.getBody(), "$.number");
		String running = DeadlineClocks.await(office, helper, number, "RUNNING");
		assertThat(JsonPath.<String>read(running, "$.policy")).isEqualTo("P15WD");
		assertThat(JsonPath.<String>read(running, "$.subject.service")).isEqualTo("assist-service");
		Instant dueBefore = Instant.parse(JsonPath.read(running, "$.dueAt"));

		assertOk(desk.post("/api/v1/assists/errands/{id}/submission", """
				{"submittedOn":"%s"}""".formatted(today), errandId));
		String paused = DeadlineClocks.await(office, helper, number, "PAUSED");
		assertThat(JsonPath.<String>read(paused, "$.pauseReason")).isEqualTo("等待科左中旗城市管理综合行政执法局审批");

		ResponseEntity<String> decided = desk.post("/api/v1/assists/errands/{id}/decision", """
				{"approved":true,"decidedOn":"%s","note":"准予临时占用挖掘"}""".formatted(today), errandId);
		assertOk(decided);
		assertThat(JsonPath.<String>read(decided.getBody(), "$.status.code")).isEqualTo("APPROVED");
		String resumed = DeadlineClocks.await(office, helper, number, "RUNNING");
		assertThat(Instant.parse(JsonPath.read(resumed, "$.dueAt"))).as("moved by the working time paused")
			.isAfterOrEqualTo(dueBefore);

		ResponseEntity<String> closed = desk.post("/api/v1/assists/errands/{id}/closure", "{}", errandId);
		assertOk(closed);
		assertThat(JsonPath.<String>read(closed.getBody(), "$.status.code")).isEqualTo("CLOSED");
		String satisfied = DeadlineClocks.await(office, helper, number, "SATISFIED");
		assertThat(JsonPath.<String>read(satisfied, "$.id")).isEqualTo(JsonPath.read(running, "$.id"));
	}

	@Test
	@DisplayName("AST-7: without a valid authorisation — one that covers another permit, one the customer revoked — "
			+ "the help desk does not begin the errand: 422 naming AST-7, and the customer has no errand")
	void anErrandWithoutAuthorisationIsRefused() {
		String helper = "ast-refused-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway desk = Callers.staff(helper, "HELPER");
		String authorisationId = authorise(desk, "GREEN_SPACE_OCCUPATION");

		assertRefusedByAst7(begin(desk, authorisationId, "TREE_FELLING_OR_MOVING"));
		assertOk(desk.post("/api/v1/assists/authorisations/{id}/revocation", "{}", authorisationId));
		assertRefusedByAst7(begin(desk, authorisationId, "GREEN_SPACE_OCCUPATION"));
		String customerId = JsonPath.read(desk.get("/api/v1/assists/authorisations/{id}", authorisationId),
				"$.customerId");
		assertThat(
				JsonPath.<List<Object>>read(desk.get("/api/v1/assists/errands?customerId={id}", customerId), "$.items"))
			.isEmpty();
	}

	@Test
	@DisplayName("AST-1, DL-1: a case at the could-not-get-it-done window goes at once to the center's head, who is "
			+ "responsible for its clock with a written reply; only the head resolves it, which satisfies the clock")
	void aCouldNotGetItDoneCaseIsOnTheHeadsClock() {
		Gateway window = Callers.staff("ast-window-clerk", "SERVICE_CENTER_CLERK");
		Gateway head = Callers.staff(CENTER_HEAD, "DEPARTMENT_HEAD");

		ResponseEntity<String> received = window.post("/api/v1/assists/unresolved", """
				{"applicantName":"赵刚","applicantPhone":"13700001234","customerId":"CRM-AST-1","matter":"燃气表过户",
				 "account":"往返三次仍未办成，每次被告知缺不同材料","cause":"SENT_BACK_AND_FORTH"}""");
		assertThat(received.getStatusCode()).as(received.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(received.getBody(), "$.escalatedTo")).isEqualTo(CENTER_HEAD);
		String id = JsonPath.read(received.getBody(), "$.id");
		String number = JsonPath.read(received.getBody(), "$.number");

		String clock = DeadlineClocks.await(office, CENTER_HEAD, number, "RUNNING");
		assertThat(JsonPath.<String>read(clock, "$.responsibleStaffId")).isEqualTo(CENTER_HEAD);
		assertThat(JsonPath.<String>read(clock, "$.policy")).isEqualTo("P5WD");
		assertThat(JsonPath.<Boolean>read(clock, "$.writtenReplyRequired")).isTrue();

		ResponseEntity<String> byTheWindow = window.post("/api/v1/assists/unresolved/{id}/resolution", """
				{"resolution":"已协调"}""", id);
		assertThat(byTheWindow.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(JsonPath.<String>read(byTheWindow.getBody(), "$.rule")).isEqualTo("AST-1");
		assertOk(head.post("/api/v1/assists/unresolved/{id}/resolution", """
				{"resolution":"已当面说明所需全部材料并安排专人跟办，当日办结"}""", id));
		DeadlineClocks.await(office, CENTER_HEAD, number, "SATISFIED");
	}

	private static ResponseEntity<String> named(Gateway namer, String staffId, String name, String kind) {
		return namer.client()
			.put()
			.uri("/api/v1/helpers/{staffId}", staffId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"%s\",\"kind\":\"%s\"}".formatted(name, kind))
			.retrieve()
			.toEntity(String.class);
	}

	private static String authorise(Gateway desk, String permit) {
		LocalDate today = LocalDate.now(BUSINESS_ZONE);
		ResponseEntity<String> given = desk.post("/api/v1/assists/authorisations", """
				{"customerId":"CRM-AST-%s","customerName":"科左中旗某某小区物业","permits":["%s"],"validFrom":"%s",
				 "validUntil":"%s","signatureRef":"委托书 WT-2026-118","voluntary":true}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), permit, today, today.plusMonths(3)));
		assertThat(given.getStatusCode()).as(given.getBody()).isEqualTo(HttpStatus.CREATED);
		return JsonPath.read(given.getBody(), "$.id");
	}

	private static ResponseEntity<String> begin(Gateway desk, String authorisationId, String permit) {
		return desk.post("/api/v1/assists/errands", """
				{"authorisationId":"%s","permit":"%s","authority":"科左中旗住房和城乡建设局","documents":["申请表"]}"""
			.formatted(authorisationId, permit));
	}

	private static void assertRefusedByAst7(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(JsonPath.<String>read(answer.getBody(), "$.rule")).isEqualTo("AST-7");
	}

	private static void assertOk(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
	}

}
