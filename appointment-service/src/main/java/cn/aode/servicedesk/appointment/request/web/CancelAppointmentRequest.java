package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling an accepted appointment (取消预约), and why. */
record CancelAppointmentRequest(@NotBlank @Size(max = 1000) String reason) {

}
