package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The written completion statement (办结情况说明) delivered (APT-8).
 *
 * @param summary what the statement says was done
 * @param deliveredTo who received it
 */
record DeliverStatementRequest(@NotBlank @Size(max = 2000) String summary,
		@NotBlank @Size(max = 100) String deliveredTo) {

}
