package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.appointment.schedule.Span;

/**
 * Appointment requests as they are read back from the database, for tests of the web
 * layer.
 */
public final class AppointmentRequestFixtures {

	private static final RequestDetails HOME_VISIT = new RequestDetails(AppointmentKind.HOME_VISIT,
			AppointmentReason.CANNOT_COME_IN_WORKING_HOURS, null, RequestChannel.PHONE, "开通燃气", "科尔沁区建国路12号3-201",
			null);

	private static final Applicant ELDERLY_CUSTOMER = new Applicant(ApplicantType.INDIVIDUAL, "刘大爷", "13900001111",
			"CRM-7", true);

	private static final Intake BY_PHONE = new Intake(Instant.parse("2026-11-26T01:00:00Z"),
			Instant.parse("2026-11-26T01:05:00Z"), "clerk-1", "客户服务中心");

	private AppointmentRequestFixtures() {
	}

	/** A home visit received by phone for a special-care customer, at version 0. */
	public static AppointmentRequest received(UUID id) {
		return new AppointmentRequest(id, "YY20261126-0001", HOME_VISIT, ELDERLY_CUSTOMER, BY_PHONE,
				RequestStatus.RECEIVED, null, null, null, null, Fulfilment.NONE, List.of(), 0L);
	}

	/**
	 * The same request accepted for a home visit by a stand-in for the customer's
	 * specialist (临时调配, APT-6), holding two hours with travel, at version 1.
	 */
	public static AppointmentRequest acceptedByStandIn(UUID id) {
		Instant agreed = Instant.parse("2026-11-28T10:00:00Z");
		return new AppointmentRequest(id, "YY20261126-0001", HOME_VISIT, ELDERLY_CUSTOMER, BY_PHONE,
				RequestStatus.ACCEPTED,
				new AgreedAppointment(agreed, "科尔沁区建国路12号3-201", "spc-02", true, "专员该时段已有上门服务",
						new Span(Instant.parse("2026-11-28T09:30:00Z"), Instant.parse("2026-11-28T11:30:00Z"))),
				null, null, new Answer("clerk-1", null, Instant.parse("2026-11-26T02:00:00Z")), Fulfilment.NONE,
				List.of(new AppointmentChange(ChangeKind.ACCEPTED, "clerk-1", Instant.parse("2026-11-26T02:00:00Z"),
						"专员该时段已有上门服务", agreed, "spc-02")),
				1L);
	}

	/**
	 * The same request refused with approval and reviewed as unjustified (APT-13), at
	 * version 2.
	 */
	public static AppointmentRequest refusedAndReviewed(UUID id) {
		return new AppointmentRequest(id, "YY20261126-0001", HOME_VISIT, ELDERLY_CUSTOMER, BY_PHONE,
				RequestStatus.REFUSED, null,
				new RefusalDecision("人手不足", "clerk-1", Instant.parse("2026-11-26T01:30:00Z"), "gm-1",
						Instant.parse("2026-11-26T02:00:00Z")),
				new RefusalReview("gm-1", false, "拒绝理由不成立", Instant.parse("2026-11-26T06:00:00Z")),
				new Answer("clerk-1", null, Instant.parse("2026-11-26T02:00:00Z")), Fulfilment.NONE, List.of(), 2L);
	}

}
