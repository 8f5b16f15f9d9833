package cn.aode.servicedesk.deadline.report.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.deadline.report.DeadlineReports;
import cn.aode.servicedesk.deadline.report.DeadlineReports.GroupBy;
import cn.aode.servicedesk.deadline.report.DeadlineReports.OnTimeRow;
import cn.aode.servicedesk.deadline.report.DeadlineReports.OpenRow;
import cn.aode.servicedesk.platform.WebSlice;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The deadline reports' JSON and problem shapes, without a database. */
@WebSlice(DeadlineReportController.class)
class DeadlineReportControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DeadlineReports reports;

	@Test
	@DisplayName("DL-2: open clocks by source read as rows of key, open, paused and overdue")
	void openClocksBySource() {
		given(reports.open(GroupBy.SOURCE, "工程部"))
			.willReturn(List.of(new OpenRow("CUSTOMER_PROMISE", 3, 1, 2), new OpenRow("LEADER_INSTRUCTION", 1, 0, 0)));

		MvcTestResult result = mvc.get().uri("/api/v1/deadlines/reports/open?groupBy=SOURCE&department=工程部").exchange();

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0]")
			.isEqualTo(Map.of("key", "CUSTOMER_PROMISE", "open", 3, "paused", 1, "overdue", 2));
		assertThat(result).bodyJson().extractingPath("$[1].key").isEqualTo("LEADER_INSTRUCTION");
	}

	@Test
	@DisplayName("On-time rates by staff are the default grouping of a year")
	void onTimeRatesByStaff() {
		given(reports.onTime(2026, GroupBy.STAFF, null)).willReturn(List.of(new OnTimeRow("staff-103", 4, 3, 0.75)));

		MvcTestResult result = mvc.get().uri("/api/v1/deadlines/reports/on-time?year=2026").exchange();

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0]")
			.isEqualTo(Map.of("key", "staff-103", "completed", 4, "onTime", 3, "onTimeRate", 0.75));
	}

	@Test
	@DisplayName("An unknown grouping or a missing year answers 400 and reaches no report; a grouping the report "
			+ "refuses answers 400 too")
	void badParametersAnswer400() {
		MvcTestResult unknown = mvc.get().uri("/api/v1/deadlines/reports/open?groupBy=COLOUR").exchange();
		assertProblem(unknown, HttpStatus.BAD_REQUEST, "invalid-value");
		assertThat(unknown).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("groupBy cannot be 'COLOUR'; one of [DEPARTMENT, STAFF, SOURCE, MONTH]");
		assertThat(mvc.get().uri("/api/v1/deadlines/reports/on-time").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		verifyNoInteractions(reports);
		given(reports.open(GroupBy.MONTH, null))
			.willThrow(new IllegalArgumentException("Open clocks are grouped by department, staff or source"));
		assertProblem(mvc.get().uri("/api/v1/deadlines/reports/open?groupBy=MONTH").exchange(), HttpStatus.BAD_REQUEST,
				"invalid-value");
	}

}
