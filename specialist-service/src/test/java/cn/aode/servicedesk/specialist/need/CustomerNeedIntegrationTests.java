package cn.aode.servicedesk.specialist.need;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.specialist.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need handled by two departments in parallel and answered together, and the service
 * log the department head reads, on real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class CustomerNeedIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	private JsonCalls calls;

	private String crmId;

	@BeforeEach
	void customerWithSpecialistAndTwoDepartments() {
		calls = new JsonCalls(mvc);
		Organisation organisation = new Organisation(mvc).department("CSC", "客服中心", "head-csc", "张主任")
			.department("ENG", "工程部", "head-eng", "赵经理")
			.staff("spc-01", "李娜", "CSC", "SPECIALIST")
			.staff("spc-02", "王强", "ENG", "SPECIALIST");
		crmId = organisation.customerServedBy("spc-01", "head-csc");
	}

	@Test
	@DisplayName("SPC-3, SPC-4, SPC-5: two departments in parallel, one consolidated answer, one customer file")
	void twoDepartmentsAnswerTogether() throws Exception {
		MvcTestResult submitted = calls.as(TestTokens.staff("spc-01"))
			.post("/api/v1/needs", """
					{"customerCrmId":"%s","title":"工业用气开户",
					 "description":"新建锅炉房需要开通工业用气","preparedInformation":"营业执照、用气设备清单",
					 "departments":[{"departmentId":"CSC","policy":"P3WD"},{"departmentId":"ENG","policy":"P5WD"}]}"""
				.formatted(crmId));
		assertThat(submitted).hasStatus(HttpStatus.CREATED);
		assertThat(submitted).bodyJson()
			.extractingPath("$.parts[*].status.code")
			.asArray()
			.containsExactly("PENDING", "PENDING");
		String needId = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
		assertThat(deadlineRequestsFor(needId)).containsExactlyInAnyOrder(
				"specialist-service/" + needId + "/department-CSC", "specialist-service/" + needId + "/department-ENG");

		assertThat(complete(needId, "CSC", "head-csc", "开户资料齐全，已建档")).hasStatus(HttpStatus.OK);
		assertThat(calls.get("/api/v1/needs/" + needId)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("SUBMITTED");
		MvcTestResult answered = complete(needId, "ENG", "head-eng", "下周二上门勘察管线");

		assertThat(answered).hasStatus(HttpStatus.OK);
		assertThat(answered).bodyJson().extractingPath("$.status.code").isEqualTo("ANSWERED");
		assertThat(answered).bodyJson()
			.extractingPath("$.consolidatedAnswer")
			.isEqualTo("【CSC】开户资料齐全，已建档\n【ENG】下周二上门勘察管线");

		assertThat(log("spc-01", "电话告知客户两个部门的答复")).hasStatus(HttpStatus.CREATED);
		MvcTestResult file = file("spc-01");
		assertThat(file).bodyJson()
			.extractingPath("$[*].kind.code")
			.asArray()
			.containsExactlyInAnyOrder("SERVICE_LOG", "NEED_ANSWERED", "PART_COMPLETED", "PART_COMPLETED",
					"NEED_SUBMITTED");
		assertThat(file).as("newest first").bodyJson().extractingPath("$[0].kind.code").isEqualTo("SERVICE_LOG");
		assertThat(file).bodyJson().extractingPath("$[4].kind.code").isEqualTo("NEED_SUBMITTED");
	}

	@Test
	@DisplayName("X-1: every step of a need keeps who did it and when: submission, taking a part on, completing it, "
			+ "the consolidated answer and the service log")
	void everyStepKeepsWhoAndWhen() throws Exception {
		Instant before = Instant.now();
		String needId = submit("ENG");
		assertThat(
				calls.as(TestTokens.staff("head-eng")).post("/api/v1/needs/" + needId + "/parts/ENG/acceptance", "{}"))
			.hasStatus(HttpStatus.OK);
		assertThat(complete(needId, "ENG", "head-eng", "已上门勘察")).hasStatus(HttpStatus.OK);
		assertThat(log("spc-01", "已电话回访客户")).hasStatus(HttpStatus.CREATED);
		Instant after = Instant.now();

		String need = calls.get("/api/v1/needs/" + needId).getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(need, "$.specialistId")).isEqualTo("spc-01");
		assertThat(JsonPath.<String>read(need, "$.parts[0].acceptedBy")).isEqualTo("head-eng");
		assertThat(JsonPath.<String>read(need, "$.parts[0].completedBy")).isEqualTo("head-eng");
		assertThat(JsonPath.<String>read(need, "$.parts[0].answer")).isEqualTo("已上门勘察");
		for (String when : List.of("$.submittedAt", "$.parts[0].acceptedAt", "$.parts[0].completedAt",
				"$.answeredAt")) {
			assertThat(Instant.parse(JsonPath.read(need, when))).as(when).isBetween(before, after);
		}
		String log = calls.mvc()
			.get()
			.uri("/api/v1/customers/" + crmId + "/service-log")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(log, "$[*].staffId")).containsExactly("spc-01");
		assertThat(JsonPath.<List<String>>read(log, "$[*].entry")).containsExactly("已电话回访客户");
		assertThat(Instant.parse(JsonPath.read(log, "$[0].loggedAt"))).isBetween(before, after);
	}

	@Test
	@DisplayName("SPC-5: the head of the specialist's department reads the customer's service log; the head of "
			+ "another department and an unnamed reader are refused with 422 naming SPC-5")
	void theDepartmentHeadReadsTheServiceLog() throws Exception {
		submit("ENG");
		assertThat(log("spc-01", "上门核对用气设备")).hasStatus(HttpStatus.CREATED);

		MvcTestResult head = serviceLog("head-csc");
		assertThat(head).hasStatus(HttpStatus.OK);
		assertThat(head).bodyJson().extractingPath("$[*].entry").asArray().containsExactly("上门核对用气设备");
		assertThat(head).bodyJson().extractingPath("$[*].staffId").asArray().containsExactly("spc-01");
		assertThat(serviceLog("spc-01")).as("the specialist who keeps it").hasStatus(HttpStatus.OK);

		for (String stranger : new String[] { "head-eng", "spc-02" }) {
			MvcTestResult refused = serviceLog(stranger);
			assertThat(refused).as(stranger)
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("SPC-5");
		}
		assertThat(calls.get("/api/v1/customers/" + crmId + "/service-log")).as("no reader named")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-5");
		assertThat(file("head-csc")).hasHeader("Vary", "Authorization")
			.bodyJson()
			.extractingPath("$[*].kind.code")
			.asArray()
			.containsExactlyInAnyOrder("SERVICE_LOG", "NEED_SUBMITTED");
		assertThat(file("head-eng")).as("another department's head sees the needs but not the service log")
			.bodyJson()
			.extractingPath("$[*].kind.code")
			.asArray()
			.containsExactly("NEED_SUBMITTED");
	}

	@Test
	@DisplayName("SPC-5: only the customer's specialists keep its service log")
	void strangersCannotLog() {
		assertThat(log("head-eng", "不是我的客户")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-5");
		assertThat(serviceLog("spc-01")).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	@DisplayName("SPC-3: only the customer's own specialist takes a need")
	void strangersCannotSubmit() {
		MvcTestResult result = calls.as(TestTokens.staff("head-eng")).post("/api/v1/needs", """
				{"customerCrmId":"%s","title":"t","description":"d",
				 "departments":[{"departmentId":"CSC"}]}""".formatted(crmId));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-3");
	}

	@Test
	@DisplayName("SPC-4: only the head handling a department's part completes it; completing it twice is a 409 "
			+ "that names no rule")
	void onlyTheDepartmentHeadCompletes() throws Exception {
		String needId = submit("ENG");

		assertThat(complete(needId, "ENG", "head-csc", "not mine")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-4");
		assertThat(complete(needId, "ENG", "head-eng", "已办结")).hasStatus(HttpStatus.OK);
		MvcTestResult again = complete(needId, "ENG", "head-eng", "再次办结");
		assertThat(again).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:invalid-state");
		assertThat(again).bodyJson().doesNotHavePath("$.rule");
		assertThat(calls.get("/api/v1/needs/" + needId)).bodyJson()
			.extractingPath("$.consolidatedAnswer")
			.isEqualTo("【ENG】已办结");
	}

	private String submit(String department) throws Exception {
		MvcTestResult submitted = calls.as(TestTokens.staff("spc-01")).post("/api/v1/needs", """
				{"customerCrmId":"%s","title":"燃气开户","description":"新房开通燃气",
				 "departments":[{"departmentId":"%s"}]}""".formatted(crmId, department));
		assertThat(submitted).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
	}

	private MvcTestResult complete(String needId, String department, String head, String answer) {
		return calls.as(TestTokens.staff(head))
			.post("/api/v1/needs/" + needId + "/parts/" + department + "/completion",
					"{\"answer\":\"" + answer + "\"}");
	}

	private MvcTestResult log(String staffId, String entry) {
		return calls.as(TestTokens.staff(staffId))
			.post("/api/v1/customers/" + crmId + "/service-log", "{\"entry\":\"" + entry + "\"}");
	}

	private MvcTestResult serviceLog(String readerId) {
		return mvc.get()
			.uri("/api/v1/customers/" + crmId + "/service-log")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff(readerId))
			.exchange();
	}

	private MvcTestResult file(String readerId) {
		return mvc.get()
			.uri("/api/v1/customers/" + crmId + "/file")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff(readerId))
			.exchange();
	}

	private List<String> deadlineRequestsFor(String needId) {
		return TopicRecords
			.awaitRecords(SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 2,
					record -> record.key().startsWith("specialist-service/" + needId + "/"))
			.stream()
			.map(ConsumerRecord::key)
			.toList();
	}

}
