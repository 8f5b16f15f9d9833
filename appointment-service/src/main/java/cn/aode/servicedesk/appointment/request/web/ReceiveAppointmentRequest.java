package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.appointment.request.Applicant;
import cn.aode.servicedesk.appointment.request.ApplicantType;
import cn.aode.servicedesk.appointment.request.AppointmentKind;
import cn.aode.servicedesk.appointment.request.AppointmentReason;
import cn.aode.servicedesk.appointment.request.RequestChannel;
import cn.aode.servicedesk.appointment.request.RequestDetails;

/**
 * A request as the receiving clerk records it (《预约服务登记表》 head).
 *
 * @param receivedAt when it arrived, if earlier than now (e.g. a night-time call)
 * @param specialCare elderly, weak, sick or disabled or otherwise unable to come: served
 * first (APT-3); a missing value means no
 */
record ReceiveAppointmentRequest(@NotNull AppointmentKind kind, @NotNull AppointmentReason reason,
		@Size(max = 500) String reasonDetail, @NotNull ApplicantType applicantType,
		@NotBlank @Size(max = 100) String applicantName,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
				message = "must be a mainland mobile or landline number") String applicantPhone,
		@Size(max = 64) String customerId, Boolean specialCare, @NotNull RequestChannel channel,
		@NotBlank @Size(max = 2000) String matter, @Size(max = 300) String address, Instant preferredTime,
		Instant receivedAt) {

	RequestDetails details() {
		return new RequestDetails(kind, reason, reasonDetail, channel, matter, address, preferredTime);
	}

	Applicant applicant() {
		return new Applicant(applicantType, applicantName, applicantPhone, customerId,
				Boolean.TRUE.equals(specialCare));
	}

}
