package cn.aode.servicedesk.visit.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A report reworked after the supervisor returned it (VST-11): its summary and
 * evaluation.
 */
record ReviseReportRequest(@NotBlank @Size(max = 4000) String summary, @NotBlank @Size(max = 4000) String evaluation) {

}
