package cn.aode.servicedesk.notice.onetime.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.notice.onetime.Applicant;
import cn.aode.servicedesk.notice.onetime.NoticeSettings;
import cn.aode.servicedesk.notice.onetime.OneTimeFixtures;
import cn.aode.servicedesk.notice.onetime.OneTimeNoticeService;
import cn.aode.servicedesk.notice.onetime.Presented;
import cn.aode.servicedesk.notice.onetime.TripMaterials;
import cn.aode.servicedesk.notice.onetime.TripResult;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The one-time notice API's JSON and problem shapes, without a database. */
@WebSlice(OneTimeNoticeController.class)
class OneTimeNoticeControllerTests {

	private static final UUID NOTICE = UUID.fromString("0b6f1f3e-5d1a-4c5e-8a2b-3c4d5e6f7a80");

	private static final String PRECHECK = """
			{"matterCode":"RESIDENTIAL_CONNECTION","applicant":{"name":"王丽","phone":"13812345678"},
			 "presented":[{"code":"ID_CARD"}]}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OneTimeNoticeService service;

	@Test
	@DisplayName("NTC-2: a pre-check answers 201 with the application's Location, what was accepted, every missing "
			+ "item labelled with how to obtain it, and the oral notice; the checker is the caller")
	void aPrecheckAnswersEverythingMissingAtOnce() {
		TripResult trip = OneTimeFixtures.incompleteFirstTrip();
		given(service.precheck("RESIDENTIAL_CONNECTION", new Applicant("王丽", "13812345678", null),
				new TripMaterials(List.of(new Presented("ID_CARD", null)), null, null, null), "clerk-1"))
			.willReturn(trip);

		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/prechecks", PRECHECK);

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/v1/applications/" + trip.application().id());
		assertThat(result).bodyJson().extractingPath("$.complete").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.trip").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.accepted[*].name").asArray().containsExactly("户主居民身份证");
		assertThat(result).bodyJson().extractingPath("$.missing[0].name").isEqualTo("房屋产权证明");
		assertThat(result).bodyJson()
			.extractingPath("$.missing[0].form")
			.isEqualTo(Map.of("code", "ORIGINAL", "zh", "原件", "en", "Original"));
		assertThat(result).bodyJson().extractingPath("$.missing[0].howToObtain").isEqualTo("本人持有");
		assertThat(result).bodyJson().doesNotHavePath("$.missing[0].cause");
		assertThat(result).bodyJson()
			.extractingPath("$.notice.form")
			.isEqualTo(Map.of("code", "ORAL", "zh", "口头告知", "en", "Oral"));
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("AWAITING_MATERIALS");
	}

	@Test
	@DisplayName("Invalid input answers 400 naming each field and never reaches the service; a customer gets 403")
	void invalidInputAnswers400() {
		MvcTestResult missing = new JsonCalls(mvc).post("/api/v1/prechecks", "{\"applicant\":{\"phone\":\"12\"}}");
		MvcTestResult unknownForm = new JsonCalls(mvc).post("/api/v1/prechecks",
				PRECHECK.replace("}]}", "}],\"notice\":\"TELEGRAM\"}"));

		assertProblem(missing, HttpStatus.BAD_REQUEST, "validation");
		assertThat(missing).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("matterCode", "applicant.name", "applicant.phone", "presented");
		assertProblem(unknownForm, HttpStatus.BAD_REQUEST, "unreadable");
		assertThat(new JsonCalls(mvc).as(TestTokens.customer("CRM-100234")).post("/api/v1/prechecks", PRECHECK))
			.hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("Refusals keep their shapes: 404 unknown notice, 412 stale If-Match, 409 supplementing an "
			+ "application being handled")
	void refusalsAnswerProblemShapes() {
		JsonCalls api = new JsonCalls(mvc);
		given(service.notice(NOTICE)).willThrow(new NotFoundException("Notice", NOTICE));
		given(service.supplement(eq(NOTICE), eq(3L), any(), any()))
			.willThrow(new StaleVersionException("Application", NOTICE, 3, 4));
		given(service.supplement(eq(NOTICE), eq(null), any(), any()))
			.willThrow(new InvalidStateException("Application BJ20261127-0001 is being handled"));

		assertProblem(api.get("/api/v1/notices/" + NOTICE), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(api.post("/api/v1/notices/" + NOTICE + "/supplement", "\"3\"", "{\"presented\":[]}"),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertProblem(api.post("/api/v1/notices/" + NOTICE + "/supplement", "{\"presented\":[]}"), HttpStatus.CONFLICT,
				"invalid-state");
	}

	/** The print settings the controller reads, as the service would enable them. */
	@TestConfiguration
	@EnableConfigurationProperties(NoticeSettings.class)
	static class Settings {

	}

}
