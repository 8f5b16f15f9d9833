package cn.aode.servicedesk.appointment.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.AppointmentRequests;
import cn.aode.servicedesk.events.appointment.AppointmentReminderDue;

/**
 * Sends the reminders that are due: claims each in the database and publishes its
 * {@code appointment.reminder-due} in the same transaction (outbox), so each reminder is
 * sent once, also with two instances scanning at the same moment.
 */
@Service
public class ReminderService {

	private final SentReminders sent;

	private final AppointmentRequests requests;

	private final ReminderProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReminderService(SentReminders sent, AppointmentRequests requests, ReminderProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.sent = sent;
		this.requests = requests;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders due now; how many this call sent. */
	@Transactional
	public int sendDue() {
		Instant now = clock.instant();
		List<Duration> leads = properties.leads();
		int count = 0;
		for (int i = 0; i < leads.size(); i++) {
			Duration lead = leads.get(i);
			Duration shorter = i + 1 < leads.size() ? leads.get(i + 1) : Duration.ZERO;
			List<UUID> claimed = sent.claimDue(lead, shorter, now);
			if (claimed.isEmpty()) {
				continue;
			}
			for (AppointmentRequest request : requests.findAllById(claimed)) {
				events.publishEvent(reminder(request, lead, now));
			}
			count += claimed.size();
		}
		return count;
	}

	private static AppointmentReminderDue reminder(AppointmentRequest request, Duration lead, Instant now) {
		return new AppointmentReminderDue(UUID.randomUUID(), now, request.id(), request.number(),
				request.applicant().customerId(), request.details().kind().name(), request.details().matter(),
				request.details().reason().name(), request.agreedTime(), request.place(), request.staffId(),
				request.status().name(), lead.toString(), request.applicant().name(), request.applicant().phone());
	}

}
