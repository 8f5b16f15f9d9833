package cn.aode.servicedesk.appointment.request;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks applicants who did not come as having given up their appointment (APT-10), and
 * finds staff members who never came (APT-13), on a schedule, in batches until none is
 * left. Safe with several instances running it.
 */
@Component
class NoShowScan {

	/** Appointments given up per transaction. */
	static final int BATCH = 100;

	private final AppointmentRequestService service;

	NoShowScan(AppointmentRequestService service) {
		this.service = service;
	}

	@Scheduled(fixedDelayString = "${servicedesk.appointments.no-show-scan-interval:PT1M}",
			initialDelayString = "${servicedesk.appointments.no-show-scan-interval:PT1M}")
	void run() {
		int givenUp;
		do {
			givenUp = service.giveUpNoShows(BATCH);
		}
		while (givenUp == BATCH);
		int absent;
		do {
			absent = service.recordStaffAbsences(BATCH);
		}
		while (absent == BATCH);
	}

}
