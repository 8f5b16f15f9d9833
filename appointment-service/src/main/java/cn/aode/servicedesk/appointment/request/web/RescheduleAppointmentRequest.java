package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving an accepted appointment to another time (改约), and why. */
record RescheduleAppointmentRequest(@NotNull Instant agreedTime, @NotBlank @Size(max = 1000) String reason) {

}
