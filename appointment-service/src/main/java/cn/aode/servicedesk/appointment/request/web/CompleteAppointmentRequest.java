package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How an appointment ended (APT-8).
 *
 * @param finishedOnSite whether the matter was finished on the spot; if not, a written
 * completion statement is due
 * @param result what was done
 * @param outstanding what is left; required when not finished on the spot
 * @param applicantConfirmed whether the applicant confirmed the result (signed); false
 * when left out
 * @param applicantOpinion the applicant's words on the result
 */
record CompleteAppointmentRequest(@NotNull Boolean finishedOnSite, @NotBlank @Size(max = 2000) String result,
		@Size(max = 2000) String outstanding, Boolean applicantConfirmed, @Size(max = 1000) String applicantOpinion) {

}
