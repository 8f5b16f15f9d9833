package cn.aode.servicedesk.deadline.calendar;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * Calendar settings.
 *
 * @param fallbackToOrdinaryWeeks answer for years whose holidays are not announced as if
 * they had none (answers are then flagged as estimates) instead of refusing them
 * @param zone the business time zone
 * @param workingHours opening periods of the service center on a working day
 */
@ConfigurationProperties("servicedesk.calendar")
public record CalendarProperties(boolean fallbackToOrdinaryWeeks, ZoneId zone, List<WorkingHours.Period> workingHours) {

	public WorkingHours toWorkingHours() {
		if (workingHours == null || workingHours.isEmpty()) {
			return WorkingHours.serviceCenterDefault();
		}
		return new WorkingHours(zone == null ? CaseNumbers.BUSINESS_ZONE : zone, workingHours);
	}

}
