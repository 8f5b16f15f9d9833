package cn.aode.servicedesk.visit.forms;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.report.ReturnVisitReportService;

/**
 * Printable pages of the plan, record and report forms (A4, Chinese), for staff to print
 * and file with the paper archive.
 */
@Controller
@RequestMapping(path = "/api/v1/visits", produces = MediaType.TEXT_HTML_VALUE)
@Tag(name = "Visit forms 回访表单", description = "VST-5, VST-8, VST-10: printable plan, record and report forms")
class VisitFormsController {

	private final VisitPlanService plans;

	private final ReturnVisitReportService reports;

	private final String company;

	VisitFormsController(VisitPlanService plans, ReturnVisitReportService reports,
			@Value("${servicedesk.forms.company:}") String company) {
		this.plans = plans;
		this.reports = reports;
		this.company = company;
	}

	@GetMapping("/{id}/plan-form")
	@Operation(summary = "《客户回访计划表》 of a plan, printable (VST-5)")
	String planForm(@PathVariable UUID id, Model model) {
		model.addAttribute("company", company).addAttribute("plan", PrintedForms.plan(plans.preparation(id)));
		return "visit/plan-form";
	}

	@GetMapping("/{id}/record-form")
	@Operation(summary = "《客户回访记录表》 of a plan, printable (VST-8): filled in once visited, blank to fill in by "
			+ "hand before")
	String recordForm(@PathVariable UUID id, Model model) {
		model.addAttribute("company", company).addAttribute("record", PrintedForms.record(plans.get(id)));
		return "visit/record-form";
	}

	@GetMapping("/reports/{id}/form")
	@Operation(summary = "《客户回访报告表》 of a report, printable (VST-10)")
	String reportForm(@PathVariable UUID id, Model model) {
		model.addAttribute("company", company).addAttribute("report", PrintedForms.report(reports.get(id)));
		return "visit/report-form";
	}

}
