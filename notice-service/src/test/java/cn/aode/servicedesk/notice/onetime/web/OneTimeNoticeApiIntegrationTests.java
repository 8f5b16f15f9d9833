package cn.aode.servicedesk.notice.onetime.web;

import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-checks, one-time notices, supplements and repeat trips through the API, against
 * real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class OneTimeNoticeApiIntegrationTests {

	private static final String PRECHECK = """
			{"matterCode":"%s","applicant":{"name":"王丽","phone":"13812345678","customerId":"CRM-100234"},
			 "presented":[%s]%s}""";

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("NTC-2, NTC-3: an incomplete pre-check answers every missing item at once with how to obtain it, "
			+ "in an oral notice that is kept; on request it is put in writing, in two copies")
	void incompleteMaterialsAreToldAtOnce() {
		JsonCalls clerk = staff("clerk-1");

		MvcTestResult checked = clerk.post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), ""));

		assertThat(checked).hasStatus(HttpStatus.CREATED);
		assertThat(checked.getResponse().getHeader("Location")).startsWith("/api/v1/applications/");
		assertThat(checked).bodyJson().extractingPath("$.complete").isEqualTo(false);
		assertThat(checked).bodyJson().extractingPath("$.applicationNumber").asString().matches("BJ\\d{8}-\\d{4}");
		assertThat(checked).bodyJson().extractingPath("$.accepted[*].code").asArray().containsExactly("ID_CARD");
		assertThat(checked).bodyJson()
			.extractingPath("$.missing[*].materialCode")
			.asArray()
			.containsExactly("PROPERTY_PROOF", "INDOOR_ACCEPTANCE");
		assertThat(checked).bodyJson().extractingPath("$.missing[1].howToObtain").isEqualTo("向房屋开发单位或物业服务企业索取");
		assertThat(checked).bodyJson().extractingPath("$.notice.form.code").isEqualTo("ORAL");
		assertThat(checked).bodyJson().extractingPath("$.notice.number").asString().matches("GZ\\d{8}-\\d{4}");
		String notice = "/api/v1/notices/" + read(checked, "$.notice.id");
		assertProblem(clerk.get(notice + "/print"), HttpStatus.CONFLICT, "invalid-state");
		assertThat(clerk.get(notice)).bodyJson().extractingPath("$.copies").asArray().isEmpty();

		MvcTestResult written = staff("clerk-2").post(notice + "/written", "");

		assertThat(written).hasStatusOk();
		assertThat(written).bodyJson().extractingPath("$.form.code").isEqualTo("WRITTEN");
		assertThat(written).bodyJson()
			.extractingPath("$.copies[*].code")
			.asArray()
			.containsExactly("CUSTOMER", "DEPARTMENT");
		assertThat(written).bodyJson().extractingPath("$.issuedBy").isEqualTo("clerk-1");
		assertThat(written).bodyJson().extractingPath("$.writtenBy").isEqualTo("clerk-2");
		assertThat(written).bodyJson().extractingPath("$.matter.timeLimit.policy").isEqualTo("P5WD");
		assertProblem(clerk.post(notice + "/written", ""), HttpStatus.CONFLICT, "invalid-state");
		assertThat(clerk.get("/api/v1/notices?applicationId=" + read(checked, "$.applicationId"))).bodyJson()
			.extractingPath("$.items[*].number")
			.asArray()
			.containsExactly(read(checked, "$.notice.number"));
	}

	@Test
	@DisplayName("NTC-3: the printable 《一次性告知单》 is an A4 page in Chinese with both copies, each with the "
			+ "number, the matter, every missing item, the procedure and the time limit, and no internal codes")
	void thePrintableNoticeHasBothCopiesAndEveryItem() throws Exception {
		MvcTestResult checked = staff("clerk-1").post("/api/v1/prechecks",
				PRECHECK.formatted("ENTERPRISE_CONNECTION",
						presented("BUSINESS_LICENCE") + ",{\"code\":\"LEGAL_REP_ID\",\"problem\":\"复印件未加盖单位公章\"}",
						",\"notice\":\"WRITTEN\""));
		String number = read(checked, "$.notice.number");

		MvcTestResult print = staff("clerk-1").get("/api/v1/notices/" + read(checked, "$.notice.id") + "/print");

		assertThat(print).hasStatusOk();
		assertThat(print.getResponse().getContentType()).startsWith("text/html").contains("UTF-8");
		Document page = Jsoup.parse(print.getResponse().getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("style").html()).contains("size: A4", "page-break-after: always");
		List<Element> copies = page.select("section.copy");
		assertThat(copies).hasSize(2);
		assertThat(copies).extracting(copy -> copy.select(".copy-label").text())
			.containsExactly("第一联 服务对象留存", "第二联 部门留底备查");
		for (Element copy : copies) {
			assertThat(copy.select("h1").text()).isEqualTo("一次性告知单");
			assertThat(copy.select(".number").text()).isEqualTo(number);
			assertThat(copy.select(".matter").text()).isEqualTo("工商业用户用气报装");
			assertThat(copy.select(".time-limit").text()).isEqualTo("材料齐全后10个工作日内办结");
			assertThat(copy.select("tr.item .item-name").eachText()).containsExactly("《工商业用气报装申请表》", "法定代表人居民身份证",
					"用气场所产权证明或租赁合同", "用气设备清单及预计用气量说明", "用气场所平面布置图");
			assertThat(copy.select("tr.item").get(1).text()).contains("复印件未加盖单位公章");
			assertThat(copy.select("ol.procedure li")).hasSize(5);
		}
		assertThat(page.text()).doesNotContain("LEGAL_REP_ID", "ENTERPRISE_CONNECTION", "P10WD", "NTC-", "clerk-1",
				read(checked, "$.applicationId"));
	}

	@Test
	@DisplayName("NTC-2, NTC-4: complete materials are handled at once: handling starts and deadline-service is "
			+ "asked for the matter's time limit")
	void completeMaterialsAreHandledAtOnce() {
		MvcTestResult checked = staff("clerk-1").post("/api/v1/prechecks", PRECHECK.formatted("ACCOUNT_TRANSFER",
				presented("NEW_OWNER_ID_CARD", "NEW_PROPERTY_PROOF", "GAS_USER_CARD", "ARREARS_CLEARED"), ""));

		assertThat(checked).hasStatus(HttpStatus.CREATED);
		assertThat(checked).bodyJson().extractingPath("$.complete").isEqualTo(true);
		assertThat(checked).bodyJson().extractingPath("$.status.code").isEqualTo("HANDLING");
		assertThat(checked).bodyJson().extractingPath("$.missing").asArray().isEmpty();
		assertThat(checked).bodyJson().doesNotHavePath("$.notice");
		assertThat(checked).bodyJson().extractingPath("$.handlingTimeLimit.zh").isEqualTo("1个工作日");
		ConsumerRecord<String, String> clock = deadlineRequested(read(checked, "$.applicationId"));
		assertThat(clock.value()).contains("\"policy\":\"P1WD\"", "\"source\":\"PUBLIC_COMMITMENT\"",
				"\"responsibleStaffId\":\"clerk-1\"", "\"department\":\"客服中心\"");
	}

	@Test
	@DisplayName("NTC-4: once the customer brings what the written notice asked for, handling starts and a "
			+ "deadline.requested carries the matter's time limit; the application counts both trips; a further "
			+ "supplement answers 409; completing the handling stops the clock (DL-1); If-Match is the application's "
			+ "version, from the pre-check's answer")
	void theSupplementStartsTheHandlingClock() {
		MvcTestResult checked = staff("clerk-1").post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD", "PROPERTY_PROOF"), ""));
		String notice = "/api/v1/notices/" + read(checked, "$.notice.id");
		String applicationId = read(checked, "$.applicationId");
		String checkedVersion = checked.getResponse().getHeader(HttpHeaders.ETAG);
		// put in writing afterwards: the notice's version moves on, the application's
		// stays
		assertThat(staff("clerk-1").post(notice + "/written", "").getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(checkedVersion);
		String materials = "{\"presented\":[" + presented("INDOOR_ACCEPTANCE") + "]}";
		assertProblem(staff("clerk-2").post(notice + "/supplement", "\"7\"", materials), HttpStatus.PRECONDITION_FAILED,
				"stale-version");

		MvcTestResult supplied = staff("clerk-2").post(notice + "/supplement", checkedVersion, materials);

		assertThat(supplied).hasStatusOk();
		assertThat(supplied.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(checkedVersion)
			.isEqualTo(staff("clerk-2").get("/api/v1/applications/" + applicationId)
				.getResponse()
				.getHeader(HttpHeaders.ETAG));
		assertThat(supplied).bodyJson().extractingPath("$.complete").isEqualTo(true);
		assertThat(supplied).bodyJson().extractingPath("$.trip").isEqualTo(2);
		assertThat(supplied).bodyJson().extractingPath("$.handlingTimeLimit.policy").isEqualTo("P5WD");
		assertThat(supplied).bodyJson()
			.extractingPath("$.accepted[*].code")
			.asArray()
			.containsExactly("ID_CARD", "PROPERTY_PROOF", "INDOOR_ACCEPTANCE");
		ConsumerRecord<String, String> clock = deadlineRequested(applicationId);
		assertThat(clock.value()).contains("\"policy\":\"P5WD\"", "\"source\":\"PUBLIC_COMMITMENT\"",
				"\"responsibleStaffId\":\"clerk-2\"", "\"caseNumber\":\"" + read(checked, "$.applicationNumber") + "\"",
				"居民用户燃气开户通气");
		MvcTestResult application = staff("clerk-2").get("/api/v1/applications/" + applicationId);
		assertThat(application).bodyJson().extractingPath("$.tripCount").isEqualTo(2);
		assertThat(application).bodyJson().extractingPath("$.handling.startedBy").isEqualTo("clerk-2");
		assertThat(application).bodyJson().extractingPath("$.status.zh").isEqualTo("办理中");
		assertProblem(staff("clerk-2").post(notice + "/supplement", "{\"presented\":[]}"), HttpStatus.CONFLICT,
				"invalid-state");

		MvcTestResult completed = staff("clerk-2").post("/api/v1/applications/" + applicationId + "/completion",
				"{\"result\":\"已装表通气，告知用户安全用气\"}");
		assertThat(completed).hasStatusOk();
		assertThat(completed).bodyJson().extractingPath("$.status.code").isEqualTo("COMPLETED");
		assertThat(completed).bodyJson().extractingPath("$.completion.by").isEqualTo("clerk-2");
		assertThat(
				TopicRecords
					.awaitFirst(kafka(), Topics.DEADLINE_REQUESTS,
							TopicRecords.keyAndType("notice-service/" + applicationId + "/handling",
									DeadlineSatisfied.TYPE))
					.value())
			.contains("\"resultTold\":true");
		assertProblem(
				staff("clerk-2").post("/api/v1/applications/" + applicationId + "/completion", "{\"result\":\"再次办结\"}"),
				HttpStatus.CONFLICT, "invalid-state");
	}

	@Test
	@DisplayName("NTC-7 (faulty): a later notice asks for what the catalogue already required on the first trip "
			+ "(an agent all along, never asked): the first issuer gets a staff.record-entry-requested with the "
			+ "trip count and the items left out")
	void aLeftOutItemIsRecordedOnTheFirstIssuersRecord() {
		MvcTestResult first = staff("clerk-71").post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), ""));
		String firstNumber = read(first, "$.notice.number");

		MvcTestResult second = staff("clerk-72").post("/api/v1/notices/" + read(first, "$.notice.id") + "/supplement",
				"""
						{"presented":[%s],"applicable":["AGENT_AUTHORISATION","AGENT_ID_CARD"]}"""
					.formatted(presented("PROPERTY_PROOF", "INDOOR_ACCEPTANCE")));

		assertThat(second).hasStatusOk();
		assertThat(second).bodyJson().extractingPath("$.trip").isEqualTo(2);
		assertThat(second).bodyJson()
			.extractingPath("$.missing[*].cause.code")
			.asArray()
			.containsExactly("LEFT_OUT", "LEFT_OUT");
		ConsumerRecord<String, String> entry = TopicRecords.awaitFirst(kafka(), Topics.STAFF_RECORD_REQUESTS,
				TopicRecords.keyAndType("clerk-71", StaffRecordEntryRequested.TYPE));
		assertThat(entry.value()).contains("\"rule\":\"NTC-7\"", "\"kind\":\"PENALTY\"", "\"area\":\"notice-service\"",
				"\"caseRef\":\"" + firstNumber + "\"", "已往返 2 次", "户主签字的授权委托书", "受托人居民身份证");
		MvcTestResult application = staff("clerk-72").get("/api/v1/applications/" + read(first, "$.applicationId"));
		assertThat(application).bodyJson().extractingPath("$.violations[0].staffId").isEqualTo("clerk-71");
		assertThat(application).bodyJson().extractingPath("$.violations[0].trip").isEqualTo(2);
		assertThat(application).bodyJson()
			.extractingPath("$.violations[0].leftOut")
			.asArray()
			.containsExactly("户主签字的授权委托书", "受托人居民身份证");
	}

	@Test
	@DisplayName("NTC-2, NTC-3, NTC-4, NTC-7: pre-check → written notice → supplement → handling clock running → a "
			+ "second notice during handling asks for what the catalogue already required → the first issuer's staff "
			+ "record; the customer's next trip resumes the handling on the same clock")
	void aNoticeDuringHandlingThatNamesALeftOutItemIsRecorded() {
		MvcTestResult first = staff("clerk-81").post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), ",\"notice\":\"WRITTEN\""));
		String applicationId = read(first, "$.applicationId");
		MvcTestResult supplied = staff("clerk-82").post("/api/v1/notices/" + read(first, "$.notice.id") + "/supplement",
				"{\"presented\":[" + presented("PROPERTY_PROOF", "INDOOR_ACCEPTANCE") + "]}");
		assertThat(supplied).bodyJson().extractingPath("$.status.code").isEqualTo("HANDLING");
		assertThat(deadlineRequested(applicationId).value()).contains("\"policy\":\"P5WD\"");

		MvcTestResult second = staff("clerk-83").post("/api/v1/applications/" + applicationId + "/notices", """
				{"missing":[{"code":"AGENT_AUTHORISATION","problem":"由户主之子代办，未见委托书"},{"code":"AGENT_ID_CARD"}],
				 "notice":"WRITTEN"}""");

		assertThat(second).hasStatus(HttpStatus.CREATED);
		assertThat(second).bodyJson().extractingPath("$.status.code").isEqualTo("AWAITING_MATERIALS");
		assertThat(second).bodyJson().extractingPath("$.trip").isEqualTo(2);
		assertThat(second).bodyJson()
			.extractingPath("$.missing[*].cause.code")
			.asArray()
			.containsExactly("LEFT_OUT", "LEFT_OUT");
		assertThat(second).bodyJson().extractingPath("$.missing[0].problem").isEqualTo("由户主之子代办，未见委托书");
		ConsumerRecord<String, String> entry = TopicRecords.awaitFirst(kafka(), Topics.STAFF_RECORD_REQUESTS,
				TopicRecords.keyAndType("clerk-81", StaffRecordEntryRequested.TYPE));
		assertThat(entry.value()).contains("\"rule\":\"NTC-7\"",
				"\"caseRef\":\"" + read(first, "$.notice.number") + "\"", "已往返 2 次", "户主签字的授权委托书");

		MvcTestResult resumed = staff("clerk-83").post("/api/v1/notices/" + read(second, "$.notice.id") + "/supplement",
				"{\"presented\":[" + presented("AGENT_AUTHORISATION", "AGENT_ID_CARD") + "]}");
		assertThat(resumed).bodyJson().extractingPath("$.status.code").isEqualTo("HANDLING");
		assertThat(resumed).bodyJson().extractingPath("$.trip").isEqualTo(3);
		MvcTestResult application = staff("clerk-83").get("/api/v1/applications/" + applicationId);
		assertThat(application).bodyJson().extractingPath("$.tripCount").isEqualTo(3);
		assertThat(application).bodyJson()
			.extractingPath("$.trips[*].inHandling")
			.asArray()
			.containsExactly(false, false, true, false);
		assertThat(application).bodyJson().extractingPath("$.handling.startedBy").isEqualTo("clerk-82");
		staff("clerk-83").post("/api/v1/applications/" + applicationId + "/completion", "{\"result\":\"已通气\"}");
		String key = "notice-service/" + applicationId + "/handling";
		assertThat(TopicRecords.recordsUntil(kafka(), Topics.DEADLINE_REQUESTS,
				TopicRecords.keyAndType(key, DeadlineSatisfied.TYPE),
				TopicRecords.keyAndType(key, DeadlineRequested.TYPE)))
			.as("one clock, which kept running while the materials were missing")
			.hasSize(1);
		assertProblem(staff("clerk-83").post("/api/v1/applications/" + applicationId + "/notices",
				"{\"missing\":[{\"code\":\"ID_CARD\"}]}"), HttpStatus.CONFLICT, "invalid-state");
	}

	@Test
	@DisplayName("NTC-7 (innocent): a material that became invalid since it was accepted, a circumstance declared "
			+ "new and items told before are asked again without any report on the first issuer")
	void theCustomersOwnNewMistakeIsNotTheIssuersFault() {
		MvcTestResult first = staff("clerk-73").post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), ""));

		MvcTestResult second = staff("clerk-74").post("/api/v1/notices/" + read(first, "$.notice.id") + "/supplement",
				"""
						{"presented":[{"code":"ID_CARD","problem":"身份证已过期"},%s],
						 "newCircumstances":["AGENT_AUTHORISATION","AGENT_ID_CARD"]}"""
					.formatted(presented("PROPERTY_PROOF")));

		assertThat(second).bodyJson()
			.extractingPath("$.missing[*].cause.code")
			.asArray()
			.containsExactly("BECAME_INVALID", "TOLD_BEFORE", "NEW_CIRCUMSTANCE", "NEW_CIRCUMSTANCE");
		assertThat(staff("clerk-74").get("/api/v1/applications/" + read(first, "$.applicationId"))).bodyJson()
			.extractingPath("$.violations")
			.asArray()
			.isEmpty();
		// a later faulty application of the same issuer is the marker: its entry is the
		// only one on the key
		MvcTestResult marker = staff("clerk-73").post("/api/v1/prechecks",
				PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), ""));
		staff("clerk-74").post("/api/v1/notices/" + read(marker, "$.notice.id") + "/supplement",
				"{\"presented\":[],\"applicable\":[\"AGENT_AUTHORISATION\"]}");
		List<ConsumerRecord<String, String>> entries = TopicRecords.recordsUntil(kafka(), Topics.STAFF_RECORD_REQUESTS,
				record -> "clerk-73".equals(record.key()) && record.value().contains(read(marker, "$.notice.number")),
				record -> "clerk-73".equals(record.key()));
		assertThat(entries).singleElement()
			.satisfies(entry -> assertThat(entry.value()).contains(read(marker, "$.applicationNumber")));
	}

	@Test
	@DisplayName("NTC-1, NTC-3: a catalogue revision never changes an earlier notice: it still shows the items, "
			+ "procedure and time limit it told; the next trip checks against the new version, and a material "
			+ "added since is newly required, not left out (NTC-7)")
	void anOldNoticeStillShowsWhatItTold() {
		JsonCalls office = new JsonCalls(mvc).as(TestTokens.staff("office-01", Role.OFFICE_HANDLER));
		office.post("/api/v1/matters", MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_N"));
		MvcTestResult first = staff("clerk-75").post("/api/v1/prechecks",
				PRECHECK.formatted("SAFETY_CHECK_N", presented("ID_CARD"), ""));
		String notice = "/api/v1/notices/" + read(first, "$.notice.id");

		assertThat(office.put("/api/v1/matters/SAFETY_CHECK_N",
				MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_N")
					.replace("\"P3WD\"", "\"P2WD\"")
					.replace("\"用气证\"", "\"用气证或燃气卡\"")
					.replace("\"howToObtain\":\"户主持有\"}]", """
							"howToObtain":"户主持有"},{"code":"ALARM_RECEIPT","name":"燃气报警器购买凭证","copies":1,
							"form":"ORIGINAL","howToObtain":"购买时索取"}]""")))
			.hasStatusOk();

		MvcTestResult told = staff("clerk-75").get(notice);
		assertThat(told).bodyJson().extractingPath("$.matter.version").isEqualTo(1);
		assertThat(told).bodyJson().extractingPath("$.matter.timeLimit.policy").isEqualTo("P3WD");
		assertThat(told).bodyJson().extractingPath("$.items[*].name").asArray().containsExactly("用气证");
		MvcTestResult next = staff("clerk-76").post(notice + "/supplement",
				"{\"presented\":[" + presented("GAS_USER_CARD") + "]}");
		assertThat(next).bodyJson()
			.extractingPath("$.missing[*].materialCode")
			.asArray()
			.containsExactly("ALARM_RECEIPT");
		assertThat(next).bodyJson().extractingPath("$.missing[0].cause.code").isEqualTo("NEWLY_REQUIRED");
	}

	@Test
	@DisplayName("Bad input answers problem+json: an unknown matter 404, a material the matter does not list 400, "
			+ "missing fields 400, a customer 403")
	void badInputAnswersProblems() {
		JsonCalls clerk = staff("clerk-1");

		assertProblem(clerk.post("/api/v1/prechecks", PRECHECK.formatted("NO_SUCH_MATTER", presented("ID_CARD"), "")),
				HttpStatus.NOT_FOUND, "not-found");
		assertProblem(
				clerk.post("/api/v1/prechecks",
						PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("PASSPORT"), "")),
				HttpStatus.BAD_REQUEST, "invalid-value");
		assertProblem(clerk.post("/api/v1/prechecks", "{\"matterCode\":\"RESIDENTIAL_CONNECTION\"}"),
				HttpStatus.BAD_REQUEST, "validation");
		assertProblem(
				clerk.post("/api/v1/notices/0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66/supplement", "{\"presented\":[]}"),
				HttpStatus.NOT_FOUND, "not-found");
		assertProblem(clerk.get("/api/v1/notices/not-a-uuid"), HttpStatus.BAD_REQUEST, "invalid-value");
		assertThat(clerk.as(TestTokens.customer("CRM-100234"))
			.post("/api/v1/prechecks", PRECHECK.formatted("RESIDENTIAL_CONNECTION", presented("ID_CARD"), "")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private JsonCalls staff(String staffId) {
		return new JsonCalls(mvc).as(TestTokens.staff(staffId, Role.SERVICE_CENTER_CLERK));
	}

	private static String presented(String... codes) {
		return String.join(",", Arrays.stream(codes).map(code -> "{\"code\":\"" + code + "\"}").toList());
	}

	private static String read(MvcTestResult result, String path) {
		try {
			return String.valueOf((Object) JsonPath.read(result.getResponse().getContentAsString(), path));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConsumerRecord<String, String> deadlineRequested(String applicationId) {
		return TopicRecords.awaitFirst(kafka(), Topics.DEADLINE_REQUESTS,
				TopicRecords.keyAndType("notice-service/" + applicationId + "/handling", DeadlineRequested.TYPE));
	}

	private static String kafka() {
		return SharedInfra.get().kafka().bootstrapServers();
	}

}
