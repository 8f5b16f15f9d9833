package cn.aode.servicedesk.deadline.report.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.deadline.report.DeadlineReports;
import cn.aode.servicedesk.deadline.report.DeadlineReports.GroupBy;
import cn.aode.servicedesk.deadline.report.DeadlineReports.OnTimeRow;
import cn.aode.servicedesk.deadline.report.DeadlineReports.OpenRow;

/** The deadline reports managers read, over HTTP. */
@RestController
@RequestMapping("/api/v1/deadlines/reports")
@Tag(name = "Deadline reports 时限报表")
class DeadlineReportController {

	private final DeadlineReports reports;

	DeadlineReportController(DeadlineReports reports) {
		this.reports = reports;
	}

	@GetMapping("/open")
	@Operation(summary = "Open, paused and overdue clocks by department, staff or DL-2 source, most overdue first;"
			+ " optionally of one department")
	List<OpenRow> open(@RequestParam(defaultValue = "DEPARTMENT") GroupBy groupBy,
			@RequestParam(required = false) String department) {
		return reports.open(groupBy, department);
	}

	@GetMapping("/on-time")
	@Operation(summary = "On-time rate of completed clocks in a year, by staff, department, DL-2 source or month;"
			+ " optionally of one department")
	List<OnTimeRow> onTime(@RequestParam int year, @RequestParam(defaultValue = "STAFF") GroupBy groupBy,
			@RequestParam(required = false) String department) {
		return reports.onTime(year, groupBy, department);
	}

}
