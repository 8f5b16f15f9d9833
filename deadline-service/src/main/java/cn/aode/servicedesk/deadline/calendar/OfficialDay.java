package cn.aode.servicedesk.deadline.calendar;

import java.time.LocalDate;

/**
 * A date the official notice (or an administrator) sets apart from the ordinary week.
 *
 * @param offDay true for a day off (holiday), false for a make-up working day
 * @param name the holiday's name, e.g. 国庆节
 */
public record OfficialDay(LocalDate date, boolean offDay, String name) {
}
