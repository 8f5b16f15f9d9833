package cn.aode.servicedesk.appointment.reminder;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the appointment reminders that are due, on a schedule. */
@Component
class ReminderScan {

	private final ReminderService reminders;

	ReminderScan(ReminderService reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${servicedesk.appointments.reminders.scan-interval:PT1M}",
			initialDelayString = "${servicedesk.appointments.reminders.scan-interval:PT1M}")
	void run() {
		reminders.sendDue();
	}

}
