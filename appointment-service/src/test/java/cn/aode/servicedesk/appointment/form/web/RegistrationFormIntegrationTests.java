package cn.aode.servicedesk.appointment.form.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.MutableClock;
import cn.aode.servicedesk.platform.MutableClockConfiguration;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration forms (APT-11) of appointments taken through their steps on real
 * PostgreSQL, read as JSON and as the printable page, which an HTML parser checks field
 * by field.
 */
@SpringBootTest(properties = "servicedesk.forms.company=科左中旗奥德燃气有限公司")
@AutoConfigureMockMvc
@EmbeddedInfra
@Import(MutableClockConfiguration.class)
class RegistrationFormIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"OTHER","reasonDetail":"行动不便","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"CRM-7","specialCare":true,
			 "channel":"WECHAT","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	private static final String HALL = """
			{"kind":"HALL","reason":"URGENT_TIME_LIMIT","applicantType":"ENTERPRISE",
			 "applicantName":"通辽市某餐饮有限公司","applicantPhone":"04758888888","channel":"PHONE",
			 "matter":"工商户点火"}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	private JsonCalls api;

	private Instant start;

	@BeforeEach
	void calls() {
		api = new JsonCalls(mvc);
		start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.set(start);
	}

	@Test
	@DisplayName("APT-11: a home visit's 《上门服务登记表》 carries number, applicant, contact, matter, reason, agreed "
			+ "time and address, staff, arrival, result, the statement, the applicant's confirmation and dates; "
			+ "printable A4 in Chinese without rule IDs or internal codes")
	void homeVisitFormCarriesEveryField() {
		String staffId = "form-" + UUID.randomUUID().toString().substring(0, 8);
		// 02:00 UTC on a day ahead: 10:00 in Shanghai
		Instant agreed = start.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String number = JsonPath.read(body(api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}".formatted(agreed, staffId))), "$.number");
		JsonCalls own = api.as(TestTokens.staff(staffId, Role.SPECIALIST));
		clock.set(agreed.plus(Duration.ofMinutes(5)));
		own.post("/api/v1/appointments/" + id + "/arrival", "{}");
		own.post("/api/v1/appointments/" + id + "/applicant-arrival", "{}");
		own.post("/api/v1/appointments/" + id + "/completion", """
				{"finishedOnSite":false,"result":"已检查户内管道","outstanding":"需更换调压器",
				 "applicantConfirmed":true,"applicantOpinion":"服务很好"}""");
		clock.set(agreed.plus(Duration.ofDays(1)));
		api.post("/api/v1/appointments/" + id + "/completion-statement",
				"{\"summary\":\"已更换调压器\",\"deliveredTo\":\"刘大爷\"}");

		MvcTestResult page = mvc.get()
			.uri("/api/v1/appointments/" + id + "/form")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document form = Jsoup.parse(body(page));
		assertThat(form.title()).isEqualTo("上门服务登记表");
		assertThat(form.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(form.select("style").html()).contains("size: A4", "@media print");
		assertThat(text(form, "#title")).isEqualTo("上门服务登记表");
		assertThat(form.select(".company").text()).isEqualTo("科左中旗奥德燃气有限公司");
		assertThat(text(form, "#number")).isEqualTo(number);
		assertThat(text(form, "#applicant-name")).isEqualTo("刘大爷");
		assertThat(text(form, "#applicant-type")).isEqualTo("个人");
		assertThat(text(form, "#contact")).isEqualTo("13900001111");
		assertThat(text(form, "#channel")).isEqualTo("微信");
		assertThat(text(form, "#special-care")).isEqualTo("是");
		assertThat(text(form, "#kind")).isEqualTo("上门服务");
		assertThat(text(form, "#matter")).isEqualTo("开通燃气");
		assertThat(text(form, "#reason")).isEqualTo("其他：行动不便");
		assertThat(text(form, "#place")).isEqualTo("科尔沁区建国路12号3-201");
		assertThat(form.select("th").eachText()).contains("上门地址", "到达时间", "申请人确认", "办结情况说明").doesNotContain("表单印章");
		assertThat(text(form, "#agreed-time")).endsWith(" 10:00").matches("\\d{4}年\\d{2}月\\d{2}日 10:00");
		assertThat(text(form, "#staff")).isEqualTo(staffId);
		assertThat(text(form, "#staff-arrival")).endsWith("10:05（迟到）");
		assertThat(text(form, "#applicant-arrival")).endsWith("10:05");
		assertThat(text(form, "#status")).isEqualTo("已办结");
		assertThat(text(form, "#result")).isEqualTo("已检查户内管道");
		assertThat(text(form, "#outstanding")).isEqualTo("需更换调压器");
		assertThat(text(form, "#statement")).contains("送达刘大爷：已更换调压器");
		assertThat(form.select("#applicant-confirmation .check").eachText()).containsExactly("☑ 确认办理结果", "☐ 未确认");
		assertThat(text(form, "#applicant-opinion")).isEqualTo("服务很好");
		assertThat(text(form, "#received-at")).isNotBlank();
		assertThat(text(form, "#answered-at")).isNotBlank();
		assertThat(text(form, "#completed-at")).endsWith("10:05");
		assertThat(form.select(".signatures").text()).contains("服务人员签字", "申请人签字", "日期");
		assertThat(form.body().text()).doesNotContain("APT-", "HOME_VISIT", "COMPLETED", "WECHAT", "null", id);

		MvcTestResult json = api.get("/api/v1/appointments/" + id + "/form");
		assertThat(json).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(json).bodyJson().extractingPath("$.title").isEqualTo("上门服务登记表");
		assertThat(json).bodyJson().extractingPath("$.number").isEqualTo(number);
		assertThat(json).bodyJson().extractingPath("$.outstanding").isEqualTo("需更换调压器");
	}

	@Test
	@DisplayName("APT-11: a hall appointment's 《预约服务登记表》 has the place, the forms-and-seals checklist, and "
			+ "blank lines for what has not happened yet; it is for staff")
	void hallFormBeforeTheAppointment() {
		Instant agreed = start.plus(Duration.ofHours(30));
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HALL)), "$.id");
		api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\",\"place\":\"营业厅 2 号窗口\"}".formatted(agreed,
						"form-" + UUID.randomUUID().toString().substring(0, 8)));

		Document form = Jsoup
			.parse(body(mvc.get().uri("/api/v1/appointments/" + id + "/form").accept(MediaType.TEXT_HTML).exchange()));

		assertThat(text(form, "#title")).isEqualTo("预约服务登记表");
		assertThat(text(form, "#place")).isEqualTo("营业厅 2 号窗口");
		assertThat(form.select("th").eachText()).contains("约定地点", "到岗时间", "表单印章");
		assertThat(form.select("#checklist .check").eachText()).containsExactly("☐ 表单已备齐", "☐ 印章已备齐");
		assertThat(text(form, "#status")).isEqualTo("已同意预约");
		assertThat(text(form, "#staff-arrival")).isEmpty();
		assertThat(text(form, "#result")).isEmpty();
		assertThat(text(form, "#special-care")).isEqualTo("否");
		assertThat(form.body().text()).doesNotContain("APT-", "HALL", "ACCEPTED", "null");
		assertThat(api.as(TestTokens.customer("CRM-7")).get("/api/v1/appointments/" + id + "/form"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertProblem(api.get("/api/v1/appointments/" + UUID.randomUUID() + "/form"), HttpStatus.NOT_FOUND,
				"not-found");
	}

	private static String text(Document form, String selector) {
		return form.selectFirst(selector).text();
	}

}
