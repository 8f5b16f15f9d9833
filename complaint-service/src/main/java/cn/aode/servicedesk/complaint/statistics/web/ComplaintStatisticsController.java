package cn.aode.servicedesk.complaint.statistics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.complaint.statistics.ComplaintStatistics;
import cn.aode.servicedesk.complaint.statistics.ComplaintStatistics.Count;
import cn.aode.servicedesk.complaint.statistics.ComplaintStatistics.Report;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.Csv;

/** Complaint statistics of a period (CMP-7), as JSON or CSV, for staff. */
@RestController
@RequestMapping("/api/v1/complaints/statistics")
@Tag(name = "Complaint statistics 投诉统计", description = "CMP-7: aggregated complaint opinions")
class ComplaintStatisticsController {

	private final ComplaintStatistics statistics;

	ComplaintStatisticsController(ComplaintStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "Counts by category, finding, channel, department, staff member at fault and month; "
			+ "average and 90th-percentile hours to feedback; repeat complainants; reopen rate (CMP-7)")
	Report report(Caller caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		caller.staffMember();
		return statistics.of(from, to);
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@Operation(summary = "The same figures as CSV rows: dimension,key,count (UTF-8)")
	String csv(Caller caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		caller.staffMember();
		Report report = statistics.of(from, to);
		Stream<String> counts = Stream
			.of(rows("category", report.byCategory()), rows("finding", report.byFinding()),
					rows("channel", report.byChannel()), rows("department", report.byDepartment()),
					rows("staffAtFault", report.byStaffAtFault()), rows("month", report.byMonth()))
			.flatMap(List::stream);
		Stream<String> figures = Stream.of("total,," + report.total(),
				"feedbackHours,average," + value(report.feedbackHours().average()),
				"feedbackHours,p90," + value(report.feedbackHours().p90()),
				"repeatComplainants,customers," + report.repeatComplainants().customers(),
				"reopened,rate," + report.reopened().rate());
		return Stream.concat(Stream.of("dimension,key,count"), Stream.concat(figures, counts))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static List<String> rows(String dimension, List<Count> counts) {
		return counts.stream().map(count -> Csv.row(dimension, count.key(), count.count())).toList();
	}

	private static String value(Double value) {
		return value == null ? "" : String.valueOf(value);
	}

}
