package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The general manager's review of a refusal (APT-13): whether its reason holds, and what
 * was found (required when it does not hold).
 */
record ReviewRefusalRequest(@NotNull Boolean justified, @Size(max = 1000) String note) {
}
