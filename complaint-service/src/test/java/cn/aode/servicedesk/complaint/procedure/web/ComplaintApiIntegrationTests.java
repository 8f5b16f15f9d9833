package cn.aode.servicedesk.complaint.procedure.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
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

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint API and its problem+json answers, against real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class ComplaintApiIntegrationTests {

	private static final String WANG_LI = """
			{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
			 "channel":"PHONE","content":"燃气表读数异常"}""";

	@Autowired
	MockMvcTester mvc;

	private JsonCalls api;

	@BeforeEach
	void calls() {
		// the office (办公室) handles complaints
		api = new JsonCalls(mvc).as(TestTokens.staff("staff-017", Role.OFFICE_HANDLER));
	}

	@Test
	@DisplayName("CMP-3: accepting answers 201 with a daily number, labels in Chinese and English, and an ETag")
	void acceptAnswersCreated() {
		MvcTestResult result = api.post("/api/v1/complaints", WANG_LI);

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
		assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/complaints/");
		assertThat(result).bodyJson().extractingPath("$.number").asString().matches("TS\\d{8}-\\d{4}");
		assertThat(result).bodyJson()
			.extractingPath("$.status")
			.isEqualTo(Map.of("code", "ACCEPTED", "zh", "已受理", "en", "Accepted"));
		assertThat(result).bodyJson().extractingPath("$.channel.zh").isEqualTo("电话");
	}

	@Test
	void invalidFieldsAnswer400ProblemWithEachFieldError() throws Exception {
		MvcTestResult result = api.post("/api/v1/complaints", """
				{"customerName":"","customerPhone":"12","channel":"PHONE","content":"x"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("customerName", "customerPhone");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at cn.");
	}

	@Test
	void unreadableBodyAnswers400Problem() {
		MvcTestResult result = api.post("/api/v1/complaints", "{\"channel\":\"CARRIER_PIGEON\"");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownComplaintAnswers404Problem() {
		MvcTestResult result = mvc.get().uri("/api/v1/complaints/0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:not-found");
	}

	@Test
	@DisplayName("X-1: each step of a complaint keeps when it happened and, for the handling, who handled it, what "
			+ "was found and who was at fault")
	void everyStepKeepsWhoWhenAndWhat() throws Exception {
		Instant before = Instant.now().minusSeconds(1);
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult handled = api.post(location + "/resolution", """
				{"resolution":"已上门更换燃气表并致歉","finding":"STAFF_AT_FAULT",
				 "staffAtFault":"staff-023"}""");

		String body = handled.getResponse().getContentAsString();
		Instant receivedAt = Instant.parse(JsonPath.read(body, "$.receivedAt"));
		assertThat(receivedAt).isAfter(before);
		assertThat(Instant.parse(JsonPath.<String>read(body, "$.resolvedAt"))).isAfterOrEqualTo(receivedAt);
		assertThat(handled).bodyJson().extractingPath("$.handledBy").isEqualTo("staff-017");
		assertThat(handled).bodyJson().extractingPath("$.resolution").isEqualTo("已上门更换燃气表并致歉");
		assertThat(handled).bodyJson().extractingPath("$.finding.code").isEqualTo("STAFF_AT_FAULT");
		assertThat(handled).bodyJson().extractingPath("$.staffAtFault").isEqualTo("staff-023");
		assertThat(api.get(location)).bodyJson().extractingPath("$.handledBy").isEqualTo("staff-017");
	}

	@Test
	@DisplayName("CMP-3: handling an already handled complaint answers 422 naming the rule")
	void resolvingTwiceAnswers422WithRule() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");
		String resolution = """
				{"resolution":"已上门更换燃气表","finding":"COMPANY_RESPONSIBLE"}""";

		assertThat(api.post(location + "/resolution", resolution)).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("RESOLVED");
		MvcTestResult again = api.post(location + "/resolution", resolution);

		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again).bodyJson().extractingPath("$.rule").isEqualTo("CMP-3");
	}

	@Test
	@DisplayName("CMP-5: a staff attitude or skill problem without the staff member at fault answers 422 naming the rule; "
			+ "with them it is recorded")
	void staffAtFaultNamesTheStaffMember() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult unnamed = api.post(location + "/resolution", """
				{"resolution":"本人及主管已向客户道歉","finding":"STAFF_AT_FAULT"}""");
		MvcTestResult named = api.post(location + "/resolution", """
				{"resolution":"本人及主管已向客户道歉","finding":"STAFF_AT_FAULT",
				 "staffAtFault":"staff-023"}""");

		assertThat(unnamed).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-5");
		assertThat(named).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.staffAtFault").isEqualTo("staff-023");
		assertThat(named).bodyJson().extractingPath("$.finding.code").isEqualTo("STAFF_AT_FAULT");
	}

	@Test
	@DisplayName("CMP-5: a finding of not the company's responsibility is recorded with its label and names no staff member")
	void notCompanyResponsibleNamesNobody() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult naming = api.post(location + "/resolution", """
				{"resolution":"已向客户耐心解释","finding":"NOT_COMPANY_RESPONSIBLE",
				 "staffAtFault":"staff-023"}""");
		MvcTestResult explained = api.post(location + "/resolution", """
				{"resolution":"已向客户耐心解释","finding":"NOT_COMPANY_RESPONSIBLE"}""");

		assertThat(naming).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-5");
		assertThat(explained).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.finding")
			.isEqualTo(Map.of("code", "NOT_COMPANY_RESPONSIBLE", "zh", "非公司责任，已向客户耐心解释", "en",
					"Not the company's responsibility; patiently explained"));
		assertThat(mvc.get().uri(location).exchange()).bodyJson().extractingPath("$.status.code").isEqualTo("RESOLVED");
	}

	@Test
	void resolvingWithoutAFindingAnswers400() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult result = api.post(location + "/resolution", """
				{"resolution":"已处理"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("finding");
	}

	@Test
	@DisplayName("CMP-2: a customer complains through the app as the customer their token names, and sees only "
			+ "their own complaints: another's answers 404; handling is for staff (403)")
	void aCustomerComplainsAndFollowsOnlyTheirOwn() throws Exception {
		JsonCalls customer = api.as(TestTokens.customer("CRM-OWN-1"));
		String others = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult own = customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"抄表员态度差"}""");

		assertThat(own).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.customerId").isEqualTo("CRM-OWN-1");
		String location = own.getResponse().getHeader("Location");
		assertThat(customer.get(location)).hasStatusOk();
		assertThat(customer.get(others)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult list = customer.get("/api/v1/complaints?size=100");
		assertThat(JsonPath.<List<String>>read(list.getResponse().getContentAsString(), "$.items[*].customerId"))
			.containsExactly("CRM-OWN-1");
		assertThat(customer.post("/api/v1/complaints", """
				{"customerId":"CRM-OTHER","customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT",
				 "content":"x"}""")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(customer.post(location + "/resolution", """
				{"resolution":"已处理","finding":"COMPANY_RESPONSIBLE"}""")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void staleIfMatchAnswers412() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult result = mvc.post()
			.uri(location + "/resolution")
			.header("If-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"resolution":"已处理","finding":"COMPANY_RESPONSIBLE"}""")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("Complaints are listed by status page by page; two more accepted complaints count two more")
	void listsComplaintsByStatusPageByPage() throws Exception {
		int before = JsonPath.read(
				api.get("/api/v1/complaints?status=ACCEPTED&size=1").getResponse().getContentAsString(),
				"$.totalItems");
		api.post("/api/v1/complaints", WANG_LI);
		api.post("/api/v1/complaints", WANG_LI);

		MvcTestResult result = api.get("/api/v1/complaints?status=ACCEPTED&size=1");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.items").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(before + 2);
		assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(before + 2);
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneComplaint() throws Exception {
		MvcTestResult first = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();
		MvcTestResult retry = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(retry).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
		assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
		mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		MvcTestResult other = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI.replace("燃气表读数异常", "另一件事"))
			.exchange();

		assertThat(other).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("Idempotency keys belong to the caller: another caller's request with the same key and body is a "
			+ "request of its own, never the first caller's answer")
	void idempotencyKeysAreScopedToTheCaller() {
		MvcTestResult first = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "shared-key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();
		MvcTestResult another = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "shared-key-1")
			.header("Authorization", TestTokens.staff("clerk-2", Role.SERVICE_CENTER_CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(another).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
		assertThat(another.getResponse().getHeader("Location")).isNotEqualTo(first.getResponse().getHeader("Location"));
	}

}
