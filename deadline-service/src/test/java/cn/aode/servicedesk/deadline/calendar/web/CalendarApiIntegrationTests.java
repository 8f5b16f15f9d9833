package cn.aode.servicedesk.deadline.calendar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar API on the official data imported into a real PostgreSQL at start. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class CalendarApiIntegrationTests {

	/** The office (办公室) keeps the calendar. */
	private static final String OFFICE = TestTokens.staff("office-01", Role.OFFICE_HANDLER);

	private static final LocalDate AMENDED_DAY = LocalDate.of(2026, 6, 22);

	private static final int ANNOUNCED_YEAR = 2028;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarService calendars;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Takes back the amendment and the announcement, so no test sees another's calendar.
	 */
	@AfterEach
	void restoreTheOfficialCalendar() {
		if (!calendars.current().isWorkingDay(AMENDED_DAY)) {
			calendars.setDay(AMENDED_DAY, DayKind.WORKDAY, null, "测试结束，恢复", "office-01");
		}
		int removed = jdbc.sql("delete from calendar_day where extract(year from day) = ?")
			.param(ANNOUNCED_YEAR)
			.update() + jdbc.sql("delete from calendar_year where year = ?").param(ANNOUNCED_YEAR).update();
		if (removed > 0) {
			jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
		}
	}

	@Test
	@DisplayName("DL-1: a holiday answers with its kind in Chinese and English and its name")
	void describesAHoliday() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/days/2025-10-01").exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.kind.code").isEqualTo("HOLIDAY");
		assertThat(result).bodyJson().extractingPath("$.kind.zh").isEqualTo("法定节假日");
		assertThat(result).bodyJson().extractingPath("$.workingDay").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.name").asString().contains("国庆节");
	}

	@Test
	@DisplayName("DL-1: working days are counted on the official data imported at start")
	void addsAndCountsWorkingDays() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/add?from=2025-09-30&days=1").exchange()).bodyJson()
			.extractingPath("$.result")
			.isEqualTo("2025-10-09");
		assertThat(mvc.get().uri("/api/v1/calendar/working-days/count?from=2024-12-31&to=2025-12-31").exchange())
			.bodyJson()
			.extractingPath("$.workingDays")
			.isEqualTo(248);
	}

	@Test
	@DisplayName("DL-1: a day in a year without an announced calendar answers 422 naming the rule")
	void refusesAnUnannouncedYear() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/days/2027-03-01").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("DL-1");
	}

	@Test
	@DisplayName("DL-1, X-1: an administrator's amendment takes effect at once and is audited")
	void amendsADayWithAnAuditRow() {
		MvcTestResult change = mvc.put()
			.header(HttpHeaders.AUTHORIZATION, OFFICE)
			.uri("/api/v1/calendar/days/2026-06-22")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"HOLIDAY","name":"端午节（调整）","reason":"国务院办公厅补充通知"}""")
			.exchange();

		assertThat(change).hasStatus(HttpStatus.OK);
		assertThat(change).bodyJson().extractingPath("$.before.code").isEqualTo("WORKDAY");
		assertThat(change).bodyJson().extractingPath("$.after.code").isEqualTo("HOLIDAY");
		assertThat(mvc.get().uri("/api/v1/calendar/days/2026-06-22").exchange()).bodyJson()
			.extractingPath("$.workingDay")
			.isEqualTo(false);
		assertThat(mvc.get().uri("/api/v1/calendar/years/2026/changes").exchange()).bodyJson()
			.extractingPath("$[?(@.kind.code == 'DAY_SET')].changedBy")
			.asArray()
			.containsExactly("office-01");
	}

	@Test
	void refusesToCallAMondayAWeekend() {
		assertThat(mvc.put()
			.header(HttpHeaders.AUTHORIZATION, OFFICE)
			.uri("/api/v1/calendar/days/2026-06-08")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"WEEKEND","reason":"typo"}""")
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:servicedesk:problem:invalid-value");
		assertThat(mvc.put()
			.header(HttpHeaders.AUTHORIZATION, OFFICE)
			.uri("/api/v1/calendar/days/2030-06-10")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"HOLIDAY","reason":"too early"}""")
			.exchange()).as("a year not announced yet").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	@DisplayName("DL-1: announcing a new year makes its days answerable")
	void announcesANewYear() {
		MvcTestResult change = mvc.put()
			.header(HttpHeaders.AUTHORIZATION, OFFICE)
			.uri("/api/v1/calendar/years/2028")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source":"国办发明电〔2026〕X号","reason":"2028年部分节假日安排公布",
					 "days":[{"date":"2028-01-01","offDay":true,"name":"元旦"}]}""")
			.exchange();

		assertThat(change).hasStatus(HttpStatus.OK);
		assertThat(mvc.get().uri("/api/v1/calendar/days/2028-01-01").exchange()).bodyJson()
			.extractingPath("$.kind.code")
			.isEqualTo("HOLIDAY");
	}

}
