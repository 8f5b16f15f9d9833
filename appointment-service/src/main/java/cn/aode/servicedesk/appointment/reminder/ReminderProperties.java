package cn.aode.servicedesk.appointment.reminder;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before an accepted appointment its reminders are due.
 *
 * @param leads the lead times, e.g. a day and an hour; kept longest first
 */
@ConfigurationProperties("servicedesk.appointments.reminders")
public record ReminderProperties(@DefaultValue( {
		"PT24H", "PT1H" }) List<Duration> leads){

	public ReminderProperties {
		if (leads.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
			throw new IllegalArgumentException("Reminders are due a positive time before the appointment: " + leads);
		}
		leads = leads.stream().distinct().sorted(Comparator.reverseOrder()).toList();
	}

}
