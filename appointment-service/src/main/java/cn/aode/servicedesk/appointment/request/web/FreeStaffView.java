package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;
import java.util.List;

import cn.aode.servicedesk.appointment.request.FreeStaff;

/**
 * Who could serve an appointment at a time (APT-6), as the console shows it.
 *
 * @param spanStart the start of what the appointment would hold (travel included)
 * @param spanEnd its end
 */
record FreeStaffView(Instant agreedTime, Instant spanStart, Instant spanEnd, String specialist, Boolean specialistFree,
		List<String> freeStaff) {

	static FreeStaffView of(FreeStaff free) {
		return new FreeStaffView(free.agreedTime(), free.span().start(), free.span().end(), free.specialist(),
				free.specialistFree(), free.freeStaff());
	}

}
