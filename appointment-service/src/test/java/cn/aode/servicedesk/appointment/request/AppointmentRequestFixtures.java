package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.UUID;

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
				RequestStatus.RECEIVED, null, null, null, null, 0L);
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
				new Answer("clerk-1", null, Instant.parse("2026-11-26T02:00:00Z")), 2L);
	}

}
