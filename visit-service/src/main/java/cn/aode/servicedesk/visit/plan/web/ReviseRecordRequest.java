package cn.aode.servicedesk.visit.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A record reworked after the supervisor returned it (VST-11): what the customer said,
 * the problems found and the summary; when, how and the satisfaction stay as recorded.
 */
record ReviseRecordRequest(@Size(max = 4000) String customerOpinion, @Size(max = 4000) String problemsFound,
		@NotBlank @Size(max = 4000) String summary) {

}
