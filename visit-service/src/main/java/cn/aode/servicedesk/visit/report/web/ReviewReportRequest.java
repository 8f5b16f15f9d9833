package cn.aode.servicedesk.visit.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.visit.plan.ReviewDecision;
import cn.aode.servicedesk.visit.plan.ReviewState;

/**
 * The supervisor's review of a visit report (VST-11): REVIEWED or RETURNED_FOR_REWORK,
 * with guidance. The supervisor comes from the token.
 */
record ReviewReportRequest(@NotNull ReviewState outcome, @NotBlank @Size(max = 4000) String guidance) {

	ReviewDecision decision() {
		return new ReviewDecision(outcome, guidance);
	}

}
