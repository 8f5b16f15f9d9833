package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One-time notification through the gateway (issue 11): a pre-check that finds materials
 * missing, the written 《一次性告知单》 as JSON and as the printed page, the supplement that
 * starts handling on deadline-service's clock, a second notice during handling that asks
 * for what the catalogue already required — on the first issuer's staff record in
 * specialist-service — and the public bulletin without a token.
 */
class NoticeFlowIT {

	private static final String MATTER = "RESIDENTIAL_CONNECTION";

	private static final String MATTER_NAME = "居民用户燃气开户通气";

	private final Gateway office = Callers.staff("sys-office", "OFFICE_HANDLER");

	@Test
	@DisplayName("NTC-2, NTC-3, NTC-4, NTC-7, DL-1, X-2: pre-check → written notice with both copies and every missing "
			+ "item → supplement → the handling clock runs in deadline-service → a second notice during handling asks "
			+ "for what the catalogue required on the first trip → the first issuer's staff record; the next trip "
			+ "resumes the same clock, which completion satisfies")
	void aLeftOutItemFoundDuringHandlingReachesTheFirstIssuersRecord() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String firstIssuer = "ntc-first-" + run;
		String supplementTaker = "ntc-second-" + run;
		Gateway first = Callers.staff(firstIssuer, "SERVICE_CENTER_CLERK");
		Gateway second = Callers.staff(supplementTaker, "SERVICE_CENTER_CLERK");
		Gateway handler = Callers.staff("ntc-third-" + run, "SERVICE_CENTER_CLERK");

		ResponseEntity<String> checked = first.post("/api/v1/prechecks", """
				{"matterCode":"%s","applicant":{"name":"王丽","phone":"13812345678","customerId":"CRM-NTC-%s"},
				 "presented":[{"code":"ID_CARD"}],"notice":"WRITTEN"}""".formatted(MATTER, run));
		assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.CREATED);
		String applicationId = JsonPath.read(checked.getBody(), "$.applicationId");
		String applicationNumber = JsonPath.read(checked.getBody(), "$.applicationNumber");
		assertThat(checked.getHeaders().getLocation()).hasToString("/api/v1/applications/" + applicationId);
		assertThat(JsonPath.<Boolean>read(checked.getBody(), "$.complete")).isFalse();
		assertThat(JsonPath.<List<String>>read(checked.getBody(), "$.missing[*].materialCode"))
			.as("NTC-2: every missing item at once")
			.containsExactly("PROPERTY_PROOF", "INDOOR_ACCEPTANCE");
		assertThat(JsonPath.<String>read(checked.getBody(), "$.notice.form.code")).isEqualTo("WRITTEN");
		String noticeId = JsonPath.read(checked.getBody(), "$.notice.id");
		String noticeNumber = JsonPath.read(checked.getBody(), "$.notice.number");

		String notice = first.get("/api/v1/notices/{id}", noticeId);
		assertThat(JsonPath.<String>read(notice, "$.number")).isEqualTo(noticeNumber);
		assertThat(JsonPath.<List<String>>read(notice, "$.copies[*].code")).containsExactly("CUSTOMER", "DEPARTMENT");
		assertThat(JsonPath.<String>read(notice, "$.issuedBy")).isEqualTo(firstIssuer);
		assertThat(JsonPath.<String>read(notice, "$.matter.timeLimit.policy")).isEqualTo("P5WD");
		List<String> items = JsonPath.read(notice, "$.items[*].name");
		List<String> howToObtain = JsonPath.read(notice, "$.items[*].howToObtain");
		assertThat(items).containsExactly("房屋产权证明（不动产权证书或购房合同）", "户内燃气设施安装验收单");

		ResponseEntity<String> page = first.client()
			.get()
			.uri("/api/v1/notices/{id}/print", noticeId)
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		Document printed = Jsoup.parse(page.getBody());
		assertThat(printed.select("html").attr("lang")).isEqualTo("zh-CN");
		List<Element> copies = printed.select("section.copy");
		assertThat(copies).extracting(copy -> copy.select(".copy-label").text())
			.as("NTC-3: one copy for the customer, one kept by the department")
			.containsExactly("第一联 服务对象留存", "第二联 部门留底备查");
		for (Element copy : copies) {
			assertThat(copy.select("h1").text()).isEqualTo("一次性告知单");
			assertThat(copy.select(".number").text()).isEqualTo(noticeNumber);
			assertThat(copy.select(".applicant").text()).isEqualTo("王丽");
			assertThat(copy.select(".matter").text()).isEqualTo(MATTER_NAME);
			assertThat(copy.select(".time-limit").text()).isEqualTo("材料齐全后5个工作日内办结");
			assertThat(copy.select("tr.item .item-name").eachText()).containsExactlyElementsOf(items);
			for (int row = 0; row < items.size(); row++) {
				assertThat(copy.select("tr.item").get(row).text()).contains(howToObtain.get(row));
			}
			assertThat(copy.select("ol.procedure li")).hasSize(5);
		}
		assertThat(printed.text()).doesNotContain(MATTER, "PROPERTY_PROOF", "P5WD", "NTC-", firstIssuer, applicationId);

		ResponseEntity<String> supplied = second.post("/api/v1/notices/{id}/supplement", """
				{"presented":[{"code":"PROPERTY_PROOF"},{"code":"INDOOR_ACCEPTANCE"}]}""", noticeId);
		assertOk(supplied);
		assertThat(JsonPath.<Boolean>read(supplied.getBody(), "$.complete")).isTrue();
		assertThat(JsonPath.<String>read(supplied.getBody(), "$.status.code")).isEqualTo("HANDLING");
		String clock = DeadlineClocks.await(office, supplementTaker, applicationNumber, "RUNNING");
		assertThat(JsonPath.<String>read(clock, "$.policy")).as("NTC-4: the matter's published time limit")
			.isEqualTo("P5WD");
		assertThat(JsonPath.<String>read(clock, "$.source.code")).isEqualTo("PUBLIC_COMMITMENT");
		assertThat(JsonPath.<String>read(clock, "$.subject.service")).isEqualTo("notice-service");
		String clockId = JsonPath.read(clock, "$.id");

		// during handling the son who came for the owner turns out to be an agent: the
		// catalogue required the authorisation on the first trip, and nobody asked
		ResponseEntity<String> secondNotice = handler.post("/api/v1/applications/{id}/notices", """
				{"missing":[{"code":"AGENT_AUTHORISATION","problem":"由户主之子代办，未见委托书"},{"code":"AGENT_ID_CARD"}],
				 "notice":"WRITTEN"}""", applicationId);
		assertThat(secondNotice.getStatusCode()).as(secondNotice.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(secondNotice.getBody(), "$.status.code")).isEqualTo("AWAITING_MATERIALS");
		assertThat(JsonPath.<List<String>>read(secondNotice.getBody(), "$.missing[*].cause.code"))
			.containsExactly("LEFT_OUT", "LEFT_OUT");
		String laterNoticeId = JsonPath.read(secondNotice.getBody(), "$.notice.id");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String record = office.get("/api/v1/staff/{id}/record", firstIssuer);
			assertThat(JsonPath.<List<String>>read(record, "$[*].rule")).containsExactly("NTC-7");
			assertThat(JsonPath.<String>read(record, "$[0].kind.code")).isEqualTo("PENALTY");
			assertThat(JsonPath.<String>read(record, "$[0].source.code")).isEqualTo("AREA_REPORT");
			assertThat(JsonPath.<String>read(record, "$[0].caseRef")).isEqualTo(noticeNumber);
			assertThat(JsonPath.<String>read(record, "$[0].detail")).contains("已往返 2 次", "户主签字的授权委托书", "受托人居民身份证",
					applicationNumber);
		});
		String application = handler.get("/api/v1/applications/{id}", applicationId);
		assertThat(JsonPath.<List<String>>read(application, "$.violations[*].staffId")).containsExactly(firstIssuer);

		ResponseEntity<String> resumed = handler.post("/api/v1/notices/{id}/supplement", """
				{"presented":[{"code":"AGENT_AUTHORISATION"},{"code":"AGENT_ID_CARD"}]}""", laterNoticeId);
		assertOk(resumed);
		assertThat(JsonPath.<String>read(resumed.getBody(), "$.status.code")).isEqualTo("HANDLING");
		assertOk(handler.post("/api/v1/applications/{id}/completion", """
				{"result":"已装表通气，告知用户安全用气"}""", applicationId));
		String satisfied = DeadlineClocks.await(office, supplementTaker, applicationNumber, "SATISFIED");
		assertThat(JsonPath.<String>read(satisfied, "$.id")).as("one clock, kept through the second notice")
			.isEqualTo(clockId);
		assertThat(JsonPath.<List<String>>read(office.get("/api/v1/staff/{id}/record", firstIssuer), "$[*].rule"))
			.as("the left-out items count once")
			.containsExactly("NTC-7");
	}

	@Test
	@DisplayName("NTC-6: the public bulletin answers through the gateway without a token, as JSON and as the printable "
			+ "board, and a repeat with its ETag answers 304")
	void thePublicBulletinNeedsNoToken() {
		Gateway anyone = Callers.anonymous();

		ResponseEntity<String> bulletin = anyone.client()
			.get()
			.uri("/api/v1/bulletin?size=50")
			.retrieve()
			.toEntity(String.class);

		assertThat(bulletin.getStatusCode()).as(bulletin.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(JsonPath.<List<String>>read(bulletin.getBody(), "$.items[*].code")).contains(MATTER,
				"ENTERPRISE_CONNECTION");
		assertThat(JsonPath.<List<String>>read(bulletin.getBody(), "$.items[?(@.code == '" + MATTER + "')].name"))
			.containsExactly(MATTER_NAME);
		String etag = bulletin.getHeaders().getETag();
		assertThat(etag).isNotBlank();
		ResponseEntity<String> unchanged = anyone.client()
			.get()
			.uri("/api/v1/bulletin?size=50")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve()
			.toEntity(String.class);
		assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

		ResponseEntity<String> board = anyone.client()
			.get()
			.uri("/api/v1/bulletin/print")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(board.getBody()).text()).contains(MATTER_NAME, "户主居民身份证");
		assertThat(anyone.post("/api/v1/prechecks", "{}").getStatusCode()).as("a pre-check needs a staff token")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private static void assertOk(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
	}

}
