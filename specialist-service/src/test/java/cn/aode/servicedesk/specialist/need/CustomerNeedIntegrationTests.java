package cn.aode.servicedesk.specialist.need;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need handled by two departments in parallel and answered together, on real PostgreSQL
 * and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class CustomerNeedIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	private String crmId;

	@BeforeEach
	void customerWithSpecialistAndTwoDepartments() {
		put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		put("/api/v1/departments/ENG", "{\"name\":\"工程部\"}");
		put("/api/v1/staff/head-csc", "{\"name\":\"张主任\",\"departmentId\":\"CSC\",\"roles\":[\"DEPARTMENT_HEAD\"]}");
		put("/api/v1/staff/head-eng", "{\"name\":\"赵经理\",\"departmentId\":\"ENG\",\"roles\":[\"DEPARTMENT_HEAD\"]}");
		put("/api/v1/staff/spc-01", "{\"name\":\"李娜\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}");
		put("/api/v1/departments/CSC/head", "{\"staffId\":\"head-csc\"}");
		put("/api/v1/departments/ENG/head", "{\"staffId\":\"head-eng\"}");
		crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		put("/api/v1/customers/" + crmId, """
				{"kind":"ENTERPRISE","name":"通辽市某食品厂","phone":"0475-8123456","address":"工业园区8号","hasGasNeed":true}""");
		assertThat(post("/api/v1/customers/" + crmId + "/specialists", """
				{"staffId":"spc-01","reason":"新客户","assignedBy":"head-csc"}""").getResponse().getStatus())
			.isEqualTo(201);
	}

	@Test
	@DisplayName("SPC-3, SPC-4, SPC-5: two departments in parallel, one consolidated answer, one customer file")
	void twoDepartmentsAnswerTogether() throws Exception {
		MvcTestResult submitted = post("/api/v1/needs", """
				{"customerCrmId":"%s","specialistId":"spc-01","title":"工业用气开户",
				 "description":"新建锅炉房需要开通工业用气","preparedInformation":"营业执照、用气设备清单",
				 "departments":[{"departmentId":"CSC","policy":"P3WD"},{"departmentId":"ENG","policy":"P5WD"}]}"""
			.formatted(crmId));
		assertThat(submitted).hasStatus(HttpStatus.CREATED);
		assertThat(submitted).bodyJson()
			.extractingPath("$.parts[*].status.code")
			.asArray()
			.containsExactly("PENDING", "PENDING");
		String needId = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
		assertThat(deadlineRequestsFor(needId)).hasSize(2);

		complete(needId, "CSC", "head-csc", "开户资料齐全，已建档");
		assertThat(mvc.get().uri("/api/v1/needs/" + needId).exchange()).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("SUBMITTED");
		MvcTestResult answered = complete(needId, "ENG", "head-eng", "下周二上门勘察管线");

		assertThat(answered).bodyJson().extractingPath("$.status.code").isEqualTo("ANSWERED");
		assertThat(answered).bodyJson()
			.extractingPath("$.consolidatedAnswer")
			.asString()
			.contains("【CSC】开户资料齐全", "【ENG】下周二上门勘察");

		assertThat(post("/api/v1/customers/" + crmId + "/service-log", """
				{"staffId":"spc-01","entry":"电话告知客户两个部门的答复"}""")).hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/customers/" + crmId + "/file").exchange()).bodyJson()
			.extractingPath("$[*].kind.code")
			.asArray()
			.containsExactlyInAnyOrder("NEED_SUBMITTED", "PART_COMPLETED", "PART_COMPLETED", "NEED_ANSWERED",
					"SERVICE_LOG");
	}

	@Test
	@DisplayName("SPC-5: only the customer's specialists keep its service log")
	void strangersCannotLog() {
		assertThat(post("/api/v1/customers/" + crmId + "/service-log", """
				{"staffId":"head-eng","entry":"不是我的客户"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-5");
	}

	@Test
	@DisplayName("SPC-3: only the customer's own specialist takes a need")
	void strangersCannotSubmit() {
		MvcTestResult result = post("/api/v1/needs", """
				{"customerCrmId":"%s","specialistId":"head-eng","title":"t","description":"d",
				 "departments":[{"departmentId":"CSC"}]}""".formatted(crmId));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-3");
	}

	@Test
	@DisplayName("SPC-4: only the head handling a department's part completes it")
	void onlyTheDepartmentHeadCompletes() throws Exception {
		MvcTestResult submitted = post("/api/v1/needs", """
				{"customerCrmId":"%s","specialistId":"spc-01","title":"t","description":"d",
				 "departments":[{"departmentId":"ENG"}]}""".formatted(crmId));
		String needId = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");

		assertThat(complete(needId, "ENG", "head-csc", "not mine")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-4");
	}

	private MvcTestResult complete(String needId, String department, String head, String answer) {
		return post("/api/v1/needs/" + needId + "/parts/" + department + "/completion",
				"{\"headStaffId\":\"" + head + "\",\"answer\":\"" + answer + "\"}");
	}

	private List<String> deadlineRequestsFor(String needId) {
		return TopicRecords
			.awaitRecords(SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 2,
					record -> record.key().startsWith("specialist-service/" + needId + "/"))
			.stream()
			.map(ConsumerRecord::key)
			.toList();
	}

	private void put(String uri, String body) {
		assertThat(mvc.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()
			.getResponse()
			.getStatus()).as(uri).isBetween(200, 201);
	}

	private MvcTestResult post(String uri, String body) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
