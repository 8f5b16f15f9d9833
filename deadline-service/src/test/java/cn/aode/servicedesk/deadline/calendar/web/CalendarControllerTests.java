package cn.aode.servicedesk.deadline.calendar.web;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.deadline.calendar.CalendarChange;
import cn.aode.servicedesk.deadline.calendar.CalendarChangeKind;
import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.deadline.calendar.OfficialCalendarDataAccess;
import cn.aode.servicedesk.deadline.calendar.WorkingHours;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The calendar API's JSON and problem shapes, on the official calendar data and a mocked
 * service (no database).
 */
@WebSlice(CalendarController.class)
class CalendarControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CalendarService calendars;

	@BeforeEach
	void officialCalendar() {
		given(calendars.current()).willReturn(OfficialCalendarDataAccess.calendar());
		given(calendars.workingHours()).willReturn(WorkingHours.serviceCenterDefault());
	}

	@Test
	@DisplayName("DL-1: a holiday answers with its kind in Chinese and English and its name")
	void describesAHoliday() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/days/2025-10-01").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"date":"2025-10-01","kind":{"code":"HOLIDAY","zh":"法定节假日","en":"Statutory holiday"},
				 "workingDay":false,"name":"国庆节、中秋节","estimate":false}""");
	}

	@Test
	void answersWorkingDayArithmetic() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/add?from=2025-09-30&days=1").exchange()).bodyJson()
			.isStrictlyEqualTo("""
					{"from":"2025-09-30","days":1,"result":"2025-10-09","estimate":false}""");
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/count?from=2024-12-31&to=2025-12-31").exchange())
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from":"2024-12-31","to":"2025-12-31","workingDays":248,"estimate":false}""");
		assertThat(mvc.get().uri("/api/v1/calendar/working-hours/add?from=2025-11-14T09:00:00Z&hours=4").exchange())
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from":"2025-11-14T09:00:00Z","hours":4.0,"result":"2025-11-17T03:30:00Z","estimate":false}""");
	}

	@Test
	void listsAMonth() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/months/2025-10").exchange();

		assertThat(result).bodyJson().extractingPath("$.month").isEqualTo("2025-10");
		assertThat(result).bodyJson().extractingPath("$.workingDays").isEqualTo(18);
		assertThat(result).bodyJson().extractingPath("$.days").asArray().hasSize(31);
		assertThat(result).bodyJson().extractingPath("$.days[10].kind.code").isEqualTo("MAKEUP_WORKDAY");
	}

	@Test
	void badParametersAnswer400() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/add?from=2025-13-40&days=1").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/add?from=2025-01-02&days=-1").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/calendar/months/2025-13").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anAmendmentWithoutReasonOrAuthorAnswers400WithFieldErrors() {
		MvcTestResult result = json().put("/api/v1/calendar/days/2026-06-22", "{\"kind\":\"HOLIDAY\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("reason");
		verifyNoInteractions(calendars);
	}

	@Test
	@DisplayName("DL-1, X-1: an amendment answers with who, when, why, before and after, and the clocks moved")
	void answersAnAmendmentWithItsAuditRow() {
		LocalDate day = LocalDate.of(2026, 6, 22);
		given(calendars.setDay(day, DayKind.HOLIDAY, "端午节（调整）", "国务院办公厅补充通知", "office-01"))
			.willReturn(new CalendarChange(12, Instant.parse("2026-06-01T01:00:00Z"), "office-01", "国务院办公厅补充通知",
					CalendarChangeKind.DAY_SET, 2026, day, DayKind.WORKDAY, DayKind.HOLIDAY, 2));

		MvcTestResult result = json().put("/api/v1/calendar/days/2026-06-22", """
				{"kind":"HOLIDAY","name":"端午节（调整）","reason":"国务院办公厅补充通知"}""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":12,"changedAt":"2026-06-01T01:00:00Z","changedBy":"office-01","reason":"国务院办公厅补充通知",
							 "kind":{"code":"DAY_SET","zh":"%s","en":"%s"},"year":2026,"day":"2026-06-22",
							 "before":{"code":"WORKDAY","zh":"%s","en":"%s"},"after":{"code":"HOLIDAY","zh":"法定节假日","en":"Statutory holiday"},
							 "clocksMoved":2}"""
						.formatted(CalendarChangeKind.DAY_SET.zh(), CalendarChangeKind.DAY_SET.en(),
								DayKind.WORKDAY.zh(), DayKind.WORKDAY.en()));
	}

	@Test
	@DisplayName("DL-1: a year without an announced calendar answers 422 naming the rule")
	void refusesAnUnannouncedYear() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/days/2027-03-01").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("DL-1");
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "rule-violation");
	}

	@Test
	void anAmendmentTheCalendarCannotTakeAnswers409Or400WithoutARule() {
		given(calendars.setDay(eq(LocalDate.of(2030, 6, 10)), any(), any(), any(), any()))
			.willThrow(new InvalidStateException("Announce 2030 before amending its days"));
		given(calendars.setDay(eq(LocalDate.of(2026, 6, 8)), any(), any(), any(), any()))
			.willThrow(new IllegalArgumentException("2026-06-08 is a workday in an ordinary week"));

		assertThat(json().put("/api/v1/calendar/days/2030-06-10", """
				{"kind":"HOLIDAY","reason":"too early"}""")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"type":"urn:servicedesk:problem:invalid-state","title":"Not possible in the current state",
					 "status":409,"detail":"Announce 2030 before amending its days",
					 "instance":"/api/v1/calendar/days/2030-06-10"}""");
		assertThat(json().put("/api/v1/calendar/days/2026-06-08", """
				{"kind":"WEEKEND","reason":"typo"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"type":"urn:servicedesk:problem:invalid-value","title":"Invalid value","status":400,
					 "detail":"2026-06-08 is a workday in an ordinary week",
					 "instance":"/api/v1/calendar/days/2026-06-08"}""");
	}

	@Test
	void anAnnouncementOutsideTheCalendarAnswers400() {
		assertThat(json().put("/api/v1/calendar/years/1999", """
				{"days":[],"reason":"old"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("Calendar amendments are the office's: another staff member's amendment answers 403 and reaches "
			+ "nothing")
	void onlyTheOfficeAmendsTheCalendar() {
		MvcTestResult byAClerk = new JsonCalls(mvc).put("/api/v1/calendar/days/2026-06-22",
				"{\"kind\":\"HOLIDAY\",\"reason\":\"补充通知\"}");

		assertThat(byAClerk).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(calendars);
	}

	@Test
	@DisplayName("Calendar look-ups are public: they answer without any token")
	void lookUpsNeedNoToken() {
		assertThat(mvc.get().uri("/api/v1/calendar/days/2025-10-01").header(HttpHeaders.AUTHORIZATION, "").exchange())
			.hasStatusOk();
		assertThat(mvc.put()
			.uri("/api/v1/calendar/days/2026-06-22")
			.header(HttpHeaders.AUTHORIZATION, "")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"HOLIDAY\",\"reason\":\"补充通知\"}")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED).containsHeader(HttpHeaders.WWW_AUTHENTICATE);
	}

	/** Calls sent by the office (办公室), which keeps the calendar. */
	private JsonCalls json() {
		return new JsonCalls(mvc).as(TestTokens.staff("office-01", Role.OFFICE_HANDLER));
	}

}
