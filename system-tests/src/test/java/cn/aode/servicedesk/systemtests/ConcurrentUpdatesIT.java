package cn.aode.servicedesk.systemtests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients changing the same aggregate from the same version at the same moment (issue
 * 15): through the gateway, both send their change with the {@code If-Match} of the ETag
 * they read, released together; exactly one answers 2xx, the other 412 (stale version) or
 * 409 (concurrent change) as problem+json, and the stored aggregate shows the winner's
 * change only, at the winner's version.
 * <p>
 * Every mutable aggregate the API changes is raced here but two:
 * {@code PhoneConsultation} (notice-service) is immutable through the API — a call is
 * logged once and only read afterwards — and {@code DeskCase} (assist-service) changes
 * through the API only by retrying a pre-check left pending while notice-service was
 * unavailable, which the running system cannot be made to leave here; its If-Match is
 * proven against a stubbed notice-service by {@code HelpDeskIntegrationTests}.
 */
class ConcurrentUpdatesIT {

	private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	/** {@code servicedesk.assist.unresolved.head} of assist-service.yml. */
	private static final String CENTER_HEAD = "head-01";

	private static final Configuration LENIENT = Configuration.defaultConfiguration()
		.addOptions(Option.SUPPRESS_EXCEPTIONS);

	private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(2);

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@AfterAll
	static void stopClients() {
		CLIENTS.shutdownNow();
	}

	@Test
	@DisplayName("AppointmentRequest: an acceptance and a refusal of the same request from version 0 — one answers it")
	void appointmentRequest() {
		Gateway clerk = Callers.staff("ccu-clerk-" + run, "SERVICE_CENTER_CLERK");
		ResponseEntity<String> received = clerk.post("/api/v1/appointments", """
				{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
				 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"CRM-CCU-%s",
				 "channel":"WECHAT","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""".formatted(run));
		String uri = "/api/v1/appointments/" + created(received);
		String staffId = "ccu-apt-" + run;

		race(clerk, uri,
				new Change(clerk, HttpMethod.POST, uri + "/acceptance", """
						{"agreedTime":"%s","staffId":"%s"}""".formatted(Instant.now().plusSeconds(86_400), staffId),
						stored -> staffId.equals(at(stored, "$.staffId"))),
				new Change(clerk, HttpMethod.POST, uri + "/refusal", "{\"reason\":\"超出服务区域\"}",
						stored -> at(stored, "$.refusal") != null));
	}

	@Test
	@DisplayName("Complaint: two handlings of the same complaint with different actions from version 0 — one is "
			+ "recorded")
	void complaint() {
		ResponseEntity<String> accepted = office.post("/api/v1/complaints", """
				{"customerId":"CRM-CCU-%s","customerName":"王丽","customerPhone":"13812345678",
				 "channel":"WECHAT","content":"燃气表读数异常","category":"BILLING"}""".formatted(run));
		String uri = "/api/v1/complaints/" + created(accepted);

		race(office, uri, handling(uri, "上门更换燃气表"), handling(uri, "校验燃气表并退还多收费用"));
	}

	private Change handling(String uri, String actions) {
		return new Change(office, HttpMethod.POST, uri + "/handling", """
				{"investigation":"调取抄表记录","actions":"%s","finding":"COMPANY_RESPONSIBLE"}""".formatted(actions),
				stored -> actions.equals(at(stored, "$.handling.actions")));
	}

	@Test
	@DisplayName("DeadlineClock: a pause and a progress report of the same clock from version 0 — one is kept")
	void deadlineClock() {
		ResponseEntity<String> started = office.post("/api/v1/deadlines",
				"""
						{"subject":{"service":"specialist-service","caseId":"ccu-%s","caseNumber":"XQ-CCU-%s","purpose":"complete"},
						 "title":"为客户办理开户","policy":"P5WD","source":"CUSTOMER_PROMISE",
						 "responsibleStaffId":"sys-office","department":"客服中心"}"""
					.formatted(run, run));
		String uri = "/api/v1/deadlines/" + created(started);

		race(office, uri,
				new Change(office, HttpMethod.POST, uri + "/pause", "{\"reason\":\"等待客户补充材料\"}",
						stored -> "等待客户补充材料".equals(at(stored, "$.pauseReason"))),
				new Change(office, HttpMethod.POST, uri + "/progress-reports", """
						{"progress":"已完成现场勘查","reason":"等待管材到货"}""",
						stored -> Boolean.TRUE.equals(at(stored, "$.progressReported"))));
	}

	@Test
	@DisplayName("Errand: a submission to the authority and a withdrawal of the same errand from version 0 — it is "
			+ "either submitted or withdrawn")
	void errand() {
		Gateway desk = Callers.staff("ccu-helper-" + run, "HELPER");
		String authorisationId = authorise(desk);
		ResponseEntity<String> begun = desk.post("/api/v1/assists/errands", """
				{"authorisationId":"%s","permit":"ROAD_OCCUPATION_AND_EXCAVATION","authority":"科左中旗城市管理综合行政执法局",
				 "documents":["施工图"]}""".formatted(authorisationId));
		String uri = "/api/v1/assists/errands/" + created(begun);

		race(desk, uri,
				new Change(desk, HttpMethod.POST, uri + "/submission",
						"{\"submittedOn\":\"" + LocalDate.now(BUSINESS_ZONE) + "\"}",
						stored -> "SUBMITTED".equals(at(stored, "$.status.code"))),
				new Change(desk, HttpMethod.POST, uri + "/withdrawal", "{\"note\":\"客户撤回委托\"}",
						stored -> "WITHDRAWN".equals(at(stored, "$.status.code"))));
	}

	@Test
	@DisplayName("Authorisation: the same revocation sent twice from version 0 — revoked once")
	void authorisation() {
		Gateway desk = Callers.staff("ccu-helper-" + run, "HELPER");
		String uri = "/api/v1/assists/authorisations/" + authorise(desk);
		Change revocation = new Change(desk, HttpMethod.POST, uri + "/revocation", "{}",
				stored -> at(stored, "$.revokedAt") != null);

		race(desk, uri, revocation, revocation);
	}

	@Test
	@DisplayName("Training: two attendance lists of the same training from version 0 — one is recorded")
	void training() {
		Gateway clerk = Callers.staff("ccu-trainer-" + run, "SERVICE_CENTER_CLERK");
		String first = helper(clerk, "FULL_TIME");
		String second = helper(clerk, "FULL_TIME");
		ResponseEntity<String> held = clerk.post("/api/v1/trainings", """
				{"kind":"AD_HOC","heldOn":"%s","topic":"入户安检口径","content":"安检要点","invited":["%s","%s"]}"""
			.formatted(LocalDate.now(BUSINESS_ZONE), first, second));
		String uri = "/api/v1/trainings/" + created(held);

		race(clerk, uri, attendance(clerk, uri, first), attendance(clerk, uri, second));
	}

	private static Change attendance(Gateway clerk, String uri, String present) {
		return new Change(clerk, HttpMethod.POST, uri + "/attendance", "{\"present\":[\"" + present + "\"]}",
				stored -> List.of(present).equals(at(stored, "$.attendees[?(@.attended == true)].staffId")));
	}

	@Test
	@DisplayName("Exam: two helpers' scores entered into the same exam from version 0 — one is kept")
	void exam() {
		Gateway clerk = Callers.staff("ccu-trainer-" + run, "SERVICE_CENTER_CLERK");
		String first = helper(clerk, "FULL_TIME");
		String second = helper(clerk, "FULL_TIME");
		// a month of its own: one exam per month
		LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(2200, 2900),
				ThreadLocalRandom.current().nextInt(1, 13), 10);
		assertThat(clerk.post("/api/v1/trainings", """
				{"kind":"WEEKLY","heldOn":"%s","topic":"一次性告知要求","content":"材料清单一次讲清"}""".formatted(day))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> set = clerk.post("/api/v1/trainings/exams",
				"{\"month\":\"" + day.toString().substring(0, 7) + "\"}");
		String uri = "/api/v1/trainings/exams/" + created(set);

		race(clerk, uri, score(clerk, uri, first, 90), score(clerk, uri, second, 95));
	}

	private static Change score(Gateway clerk, String uri, String staffId, int score) {
		return new Change(clerk, HttpMethod.POST, uri + "/scores", """
				{"staffId":"%s","score":%d}""".formatted(staffId, score),
				stored -> List.of(staffId).equals(at(stored, "$.scores[*].staffId")));
	}

	@Test
	@DisplayName("Duty: the helper checks in while the window staff record a substitute, both from version 0 — the "
			+ "duty is either checked in or absent")
	void duty() {
		Gateway clerk = Callers.staff("ccu-planner-" + run, "SERVICE_CENTER_CLERK");
		String onDuty = helper(clerk, "FULL_TIME");
		String substitute = helper(clerk, "FULL_TIME");
		ResponseEntity<String> assigned = clerk.post("/api/v1/helpers/rota", """
				{"day":"%s","shift":"AFTERNOON","staffId":"%s"}""".formatted(LocalDate.now(BUSINESS_ZONE), onDuty));
		String uri = "/api/v1/helpers/rota/" + created(assigned);

		race(clerk, uri,
				new Change(Callers.staff(onDuty, "HELPER"), HttpMethod.POST, uri + "/check-in", "{}",
						stored -> "CHECKED_IN".equals(at(stored, "$.status.code"))),
				new Change(clerk, HttpMethod.POST, uri + "/substitution", """
						{"substituteStaffId":"%s","reason":"MEETING"}""".formatted(substitute),
						stored -> "ABSENT".equals(at(stored, "$.status.code"))));
	}

	@Test
	@DisplayName("Helper: two renames of the same helper from version 0 — one name is kept")
	void helper() {
		Gateway clerk = Callers.staff("ccu-namer-" + run, "SERVICE_CENTER_CLERK");
		String uri = "/api/v1/helpers/" + helper(clerk, "WINDOW");

		race(clerk, uri, rename(clerk, uri, "张敏"), rename(clerk, uri, "张敏华"));
	}

	private static Change rename(Gateway clerk, String uri, String name) {
		return new Change(clerk, HttpMethod.PUT, uri, "{\"name\":\"" + name + "\",\"kind\":\"FULL_TIME\"}",
				stored -> name.equals(at(stored, "$.name")));
	}

	@Test
	@DisplayName("UnresolvedCase: two resolutions of the same case by the center's head from version 0 — one is "
			+ "kept")
	void unresolvedCase() {
		Gateway window = Callers.staff("ccu-window-" + run, "SERVICE_CENTER_CLERK");
		Gateway head = Callers.staff(CENTER_HEAD, "DEPARTMENT_HEAD");
		ResponseEntity<String> received = window.post("/api/v1/assists/unresolved", """
				{"applicantName":"赵刚","applicantPhone":"13700001234","matter":"燃气表过户",
				 "account":"往返三次仍未办成","cause":"SENT_BACK_AND_FORTH"}""");
		String uri = "/api/v1/assists/unresolved/" + created(received);

		race(window, uri, resolution(head, uri, "当场办结过户"), resolution(head, uri, "安排专人跟办，次日办结"));
	}

	private static Change resolution(Gateway head, String uri, String resolution) {
		return new Change(head, HttpMethod.POST, uri + "/resolution", "{\"resolution\":\"" + resolution + "\"}",
				stored -> resolution.equals(at(stored, "$.resolution")));
	}

	@Test
	@DisplayName("OneTimeNotice: two clerks put the same oral notice in writing from version 0 — written once, by "
			+ "one of them")
	void oneTimeNotice() {
		Gateway first = Callers.staff("ccu-ntc-a-" + run, "SERVICE_CENTER_CLERK");
		Gateway second = Callers.staff("ccu-ntc-b-" + run, "SERVICE_CENTER_CLERK");
		String uri = "/api/v1/notices/" + JsonPath.read(precheck(first).getBody(), "$.notice.id");

		race(first, uri, written(first, uri, "ccu-ntc-a-" + run), written(second, uri, "ccu-ntc-b-" + run));
	}

	private static Change written(Gateway clerk, String uri, String staffId) {
		return new Change(clerk, HttpMethod.POST, uri + "/written", "{}",
				stored -> staffId.equals(at(stored, "$.writtenBy")));
	}

	@Test
	@DisplayName("Application: two completions of the same application with different results from its current "
			+ "version — one result is kept")
	void application() {
		Gateway clerk = Callers.staff("ccu-ntc-a-" + run, "SERVICE_CENTER_CLERK");
		ResponseEntity<String> checked = precheck(clerk);
		String noticeId = JsonPath.read(checked.getBody(), "$.notice.id");
		assertOk(clerk.post("/api/v1/notices/{id}/supplement", """
				{"presented":[{"code":"PROPERTY_PROOF"},{"code":"INDOOR_ACCEPTANCE"}]}""", noticeId));
		String uri = "/api/v1/applications/" + JsonPath.read(checked.getBody(), "$.applicationId");

		race(clerk, uri, completion(clerk, uri, "已装表通气"), completion(clerk, uri, "已装表通气，告知用户安全用气"));
	}

	private static Change completion(Gateway clerk, String uri, String result) {
		return new Change(clerk, HttpMethod.POST, uri + "/completion", "{\"result\":\"" + result + "\"}",
				stored -> result.equals(at(stored, "$.completion.result")));
	}

	@Test
	@DisplayName("Customer: two CRM updates of the same customer with different names from version 0 — one is kept")
	void customer() {
		String uri = "/api/v1/customers/CRM-CCU-" + run;
		Callers.crm().put(uri, customer("王丽"));

		race(office, uri, crmUpdate(uri, "王丽华"), crmUpdate(uri, "王丽娟"));
	}

	private static Change crmUpdate(String uri, String name) {
		return new Change(Callers.crm(), HttpMethod.PUT, uri, customer(name),
				stored -> name.equals(at(stored, "$.name")));
	}

	@Test
	@DisplayName("Assignment: two ends of the same specialist assignment with different reasons from version 0 — it "
			+ "ends once")
	void assignment() {
		String crmId = "CRM-CCU-" + run;
		String specialist = "ccu-spc-" + run;
		Callers.crm().put("/api/v1/customers/" + crmId, customer("王丽"));
		office.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		office.put("/api/v1/staff/" + specialist,
				"{\"name\":\"李娜\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}");
		ResponseEntity<String> assigned = office.post("/api/v1/customers/{crmId}/specialists",
				"{\"staffId\":\"" + specialist + "\",\"reason\":\"新开户\"}", crmId);
		assertThat(assigned.getStatusCode()).as(assigned.getBody()).isEqualTo(HttpStatus.CREATED);
		String uri = "/api/v1/customers/" + crmId + "/specialists/" + specialist;
		String history = "/api/v1/customers/" + crmId + "/specialists?history=true";

		List<ResponseEntity<String>> answers = send(assigned.getHeaders().getETag(), endAssignment(uri, "调岗"),
				endAssignment(uri, "退休"));

		int winner = exactlyOneWins(answers);
		String reason = List.of("调岗", "退休").get(winner);
		String stored = office.get(history);
		assertThat(JsonPath.<List<String>>read(stored, "$[*].endReason")).containsExactly(reason);
		assertThat(JsonPath.<List<Integer>>read(stored, "$[*].version")).containsExactly(1);
	}

	private Change endAssignment(String uri, String reason) {
		return new Change(office, HttpMethod.DELETE, uri + "?reason=" + reason, null, stored -> true);
	}

	@Test
	@DisplayName("CustomerNeed: two department heads take on their parts of the same need from version 0 — one "
			+ "acceptance is kept, the other head reloads")
	void customerNeed() {
		String crmId = "CRM-CCU-" + run;
		String specialist = "ccu-spc-" + run;
		String[] heads = { "ccu-head-a-" + run, "ccu-head-b-" + run };
		String[] departments = { "CA" + run, "CB" + run };
		Callers.crm().put("/api/v1/customers/" + crmId, customer("王丽"));
		for (int i = 0; i < 2; i++) {
			office.put("/api/v1/departments/" + departments[i], "{\"name\":\"部门" + departments[i] + "\"}");
			office.put("/api/v1/staff/" + heads[i], """
					{"name":"主任","departmentId":"%s","roles":["DEPARTMENT_HEAD"]}""".formatted(departments[i]));
			office.put("/api/v1/departments/" + departments[i] + "/head", "{\"staffId\":\"" + heads[i] + "\"}");
		}
		office.put("/api/v1/staff/" + specialist, """
				{"name":"李娜","departmentId":"%s","roles":["SPECIALIST"]}""".formatted(departments[0]));
		assertThat(Callers.staff(heads[0], "DEPARTMENT_HEAD")
			.post("/api/v1/customers/{crmId}/specialists", "{\"staffId\":\"" + specialist + "\"}", crmId)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> need = Callers.staff(specialist, "SPECIALIST")
			.post("/api/v1/needs", """
					{"customerCrmId":"%s","title":"居民用气开户","description":"新房通气",
					 "departments":[{"departmentId":"%s","policy":"P2WD"},{"departmentId":"%s","policy":"P5WD"}]}"""
				.formatted(crmId, departments[0], departments[1]));
		String uri = "/api/v1/needs/" + created(need);

		race(office, uri, acceptance(uri, departments[0], heads[0]), acceptance(uri, departments[1], heads[1]));
	}

	private static Change acceptance(String uri, String department, String head) {
		return new Change(Callers.staff(head, "DEPARTMENT_HEAD"), HttpMethod.POST,
				uri + "/parts/" + department + "/acceptance", "{}", stored -> List.of(head)
					.equals(at(stored, "$.parts[?(@.departmentId == '" + department + "')].acceptedBy")));
	}

	@Test
	@DisplayName("Staff: two updates of the same staff member with different names from version 0 — one is kept")
	void staff() {
		String uri = "/api/v1/staff/ccu-staff-" + run;
		office.put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		office.put(uri, staffMember("李娜"));

		race(office, uri, staffUpdate(uri, "李娜娜"), staffUpdate(uri, "李雅娜"));
	}

	private Change staffUpdate(String uri, String name) {
		return new Change(office, HttpMethod.PUT, uri, staffMember(name), stored -> name.equals(at(stored, "$.name")));
	}

	@Test
	@DisplayName("Department: a rename and a head appointment of the same department from version 1 — one is kept")
	void department() {
		String id = "CD" + run;
		String head = "ccu-head-d-" + run;
		office.put("/api/v1/departments/" + id, "{\"name\":\"工程部\"}");
		office.put("/api/v1/staff/" + head, """
				{"name":"赵经理","departmentId":"%s","roles":["DEPARTMENT_HEAD"]}""".formatted(id));
		ResponseEntity<String> current = office.client()
			.put()
			.uri("/api/v1/departments/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"工程部\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
		String uri = "/api/v1/departments/" + id;

		List<ResponseEntity<String>> answers = send(current.getHeaders().getETag(),
				new Change(office, HttpMethod.PUT, uri, "{\"name\":\"工程技术部\"}", stored -> true),
				new Change(office, HttpMethod.PUT, uri + "/head", "{\"staffId\":\"" + head + "\"}", stored -> true));

		int winner = exactlyOneWins(answers);
		String stored = office.get("/api/v1/departments");
		String department = "$[?(@.id == '" + id + "')]";
		assertThat(JsonPath.<List<String>>read(stored, department + ".name"))
			.containsExactly(winner == 0 ? "工程技术部" : "工程部");
		assertThat((List<?>) at(stored, department + ".headStaffId"))
			.isEqualTo((winner == 0) ? List.of() : List.of(head));
		assertThat(answers.get(winner).getHeaders().getETag()).isEqualTo(nextVersion(current));
	}

	@Test
	@DisplayName("VisitPlan: two records of the same visit with different satisfaction from version 0 — one is kept")
	void visitPlan() {
		Gateway visitor = Callers.staff("ccu-visitor-" + run, "SPECIALIST");
		String uri = "/api/v1/visits/" + planned(visitor);

		race(visitor, uri, visitRecord(visitor, uri, "SATISFIED"), visitRecord(visitor, uri, "BASICALLY_SATISFIED"));
	}

	private static Change visitRecord(Gateway visitor, String uri, String satisfaction) {
		return new Change(visitor, HttpMethod.POST, uri + "/record", """
				{"visitedAt":"%s","satisfaction":"%s","customerOpinion":"服务及时","summary":"已回访客户"}"""
			.formatted(Instant.now(), satisfaction), stored -> satisfaction.equals(at(stored, "$.satisfaction.code")));
	}

	@Test
	@DisplayName("ReturnVisitReport: the supervisor's two reviews of the same report from version 0 — reviewed or "
			+ "returned, not both")
	void returnVisitReport() {
		String visitorId = "ccu-reporter-" + run;
		Gateway visitor = Callers.staff(visitorId, "SPECIALIST");
		String planUri = "/api/v1/visits/" + planned(visitor);
		assertOk(visitor.post(planUri + "/record", """
				{"visitedAt":"%s","satisfaction":"SATISFIED","customerOpinion":"满意","summary":"已回访客户"}"""
			.formatted(Instant.now())));
		LocalDate today = LocalDate.now(BUSINESS_ZONE);
		ResponseEntity<String> written = visitor.post("/api/v1/visits/reports", """
				{"from":"%s","to":"%s","visitorStaffId":"%s","summary":"本期回访一次","evaluation":"客户满意"}""".formatted(today,
				today, visitorId));
		String uri = "/api/v1/visits/reports/" + created(written);
		Gateway supervisor = Callers.staff("ccu-supervisor-" + run, "SUPERVISOR");

		race(supervisor, uri, review(supervisor, uri, "REVIEWED"), review(supervisor, uri, "RETURNED_FOR_REWORK"));
	}

	private static Change review(Gateway supervisor, String uri, String outcome) {
		return new Change(supervisor, HttpMethod.POST, uri + "/review", """
				{"outcome":"%s","guidance":"按要求整理"}""".formatted(outcome),
				stored -> outcome.equals(at(stored, "$.review.state.code")));
	}

	/**
	 * Reads the aggregate's ETag, sends both changes with it at once, and checks that
	 * exactly one won and that only its change is stored, at the version it answered.
	 */
	private static void race(Gateway reader, String uri, Change first, Change second) {
		ResponseEntity<String> before = read(reader, uri);
		String etag = before.getHeaders().getETag();
		assertThat(etag).as("GET " + uri + " answers its version as ETag").matches("\"\\d+\"");
		assertThat(first.seen().apply(before.getBody())).as("not changed before the race").isFalse();
		if (first != second) {
			assertThat(second.seen().apply(before.getBody())).as("not changed before the race").isFalse();
		}

		List<ResponseEntity<String>> answers = send(etag, first, second);

		int winner = exactlyOneWins(answers);
		ResponseEntity<String> after = read(reader, uri);
		Change won = (winner == 0) ? first : second;
		Change lost = (winner == 0) ? second : first;
		assertThat(won.seen().apply(after.getBody())).as("the winner's change is stored: " + after.getBody()).isTrue();
		if (first != second) {
			assertThat(lost.seen().apply(after.getBody())).as("the loser's change is not: " + after.getBody())
				.isFalse();
		}
		assertThat(after.getHeaders().getETag()).as("one change, one version on").isEqualTo(nextVersion(before));
		if (answers.get(winner).getStatusCode() == HttpStatus.OK) {
			// a 201 (a substitute's duty) answers the resource it created instead
			assertThat(answers.get(winner).getHeaders().getETag()).as("the winner answered the stored version")
				.isEqualTo(after.getHeaders().getETag());
		}
	}

	/**
	 * Both changes with the same {@code If-Match}, released together by a barrier; their
	 * answers in the order given.
	 */
	private static List<ResponseEntity<String>> send(String ifMatch, Change first, Change second) {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<ResponseEntity<String>>> sent = List.of(first, second).stream().map(change -> CLIENTS.submit(() -> {
			RestClient.RequestBodySpec request = change.caller()
				.client()
				.method(change.method())
				.uri(change.uri())
				.header(HttpHeaders.IF_MATCH, ifMatch);
			if (change.json() != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(change.json());
			}
			start.await(10, TimeUnit.SECONDS);
			return request.retrieve().toEntity(String.class);
		})).toList();
		return sent.stream().map(ConcurrentUpdatesIT::answer).toList();
	}

	private static ResponseEntity<String> answer(Future<ResponseEntity<String>> sent) {
		try {
			return sent.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("A change did not answer", ex);
		}
	}

	/**
	 * Exactly one answer is 2xx, the other a 412 or 409 problem; the winner's index.
	 */
	private static int exactlyOneWins(List<ResponseEntity<String>> answers) {
		List<Integer> statuses = answers.stream().map(answer -> answer.getStatusCode().value()).toList();
		assertThat(statuses.stream().filter(status -> status / 100 == 2)).as("exactly one wins: " + answers).hasSize(1);
		int winner = (statuses.get(0) / 100 == 2) ? 0 : 1;
		ResponseEntity<String> loser = answers.get(1 - winner);
		assertThat(loser.getStatusCode().value()).as(loser.getBody()).isIn(412, 409);
		assertThat(loser.getHeaders().getContentType()).as(loser.getBody())
			.isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		assertThat(JsonPath.<String>read(loser.getBody(), "$.type")).isIn("urn:servicedesk:problem:stale-version",
				"urn:servicedesk:problem:concurrent-change");
		return winner;
	}

	private static ResponseEntity<String> read(Gateway reader, String uri) {
		ResponseEntity<String> answer = reader.client().get().uri(uri).retrieve().toEntity(String.class);
		assertThat(answer.getStatusCode()).as("GET " + uri + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
		return answer;
	}

	/** The ETag one version after the one {@code answer} carries. */
	private static String nextVersion(ResponseEntity<String> answer) {
		long version = Long.parseLong(Objects.requireNonNull(answer.getHeaders().getETag()).replace("\"", ""));
		return "\"" + (version + 1) + "\"";
	}

	/**
	 * The value at {@code path}, null when the answer leaves it out (null fields are not
	 * written); a filter's matches as a list.
	 */
	private static Object at(String json, String path) {
		return JsonPath.using(LENIENT).parse(json).read(path);
	}

	private static String created(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
		return JsonPath.read(answer.getBody(), "$.id");
	}

	private static void assertOk(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
	}

	private String authorise(Gateway desk) {
		LocalDate today = LocalDate.now(BUSINESS_ZONE);
		return created(desk.post("/api/v1/assists/authorisations", """
				{"customerId":"CRM-CCU-%s","customerName":"科左中旗某某小区物业","permits":["ROAD_OCCUPATION_AND_EXCAVATION"],
				 "validFrom":"%s","validUntil":"%s","signatureRef":"委托书 WT-CCU","voluntary":true}""".formatted(run,
				today, today.plusMonths(3))));
	}

	private static String helper(Gateway namer, String kind) {
		String staffId = "ccu-h-" + UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<String> named = namer.client()
			.put()
			.uri("/api/v1/helpers/{staffId}", staffId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"帮办员\",\"kind\":\"" + kind + "\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(named.getStatusCode()).as(named.getBody()).isEqualTo(HttpStatus.CREATED);
		return staffId;
	}

	/** An oral notice of the missing materials of a first trip (NTC-2). */
	private ResponseEntity<String> precheck(Gateway clerk) {
		ResponseEntity<String> checked = clerk.post("/api/v1/prechecks", """
				{"matterCode":"RESIDENTIAL_CONNECTION",
				 "applicant":{"name":"王丽","phone":"13812345678","customerId":"CRM-CCU-%s"},
				 "presented":[{"code":"ID_CARD"}]}""".formatted(run));
		assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.CREATED);
		return checked;
	}

	/** A special visit planned by {@code visitor}, who will visit (VST-1). */
	private String planned(Gateway visitor) {
		return created(visitor.post("/api/v1/visits", """
				{"kind":"SPECIAL","customerId":"CRM-CCU-%s","customerName":"王丽","customerPhone":"13812345678",
				 "content":"冬季安全用气回访","purpose":"了解用气安全情况","dueBy":"%s"}""".formatted(run,
				LocalDate.now(BUSINESS_ZONE).plusDays(7))));
	}

	private static String customer(String name) {
		return """
				{"kind":"HOUSEHOLD","name":"%s","phone":"13812345678","address":"保康镇幸福小区3号楼","hasGasNeed":false}"""
			.formatted(name);
	}

	private static String staffMember(String name) {
		return "{\"name\":\"" + name + "\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}";
	}

	/**
	 * One client's change: who sends it, how and where, and how the stored aggregate
	 * shows it was made.
	 *
	 * @param json the body, or null for none
	 */
	private record Change(Gateway caller, HttpMethod method, String uri, String json, Function<String, Boolean> seen) {
	}

}
