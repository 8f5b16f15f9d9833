package cn.aode.servicedesk.visit.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.aode.servicedesk.visit.calendar.BusinessDay;

/**
 * When a customer wants to be called or visited (联系时段, VST-6), read from the text the CRM
 * keeps, e.g. {@code 工作日 18:00-20:00；周六 上午}: entries separated by ；;，,、 or a new line,
 * each a day part — 工作日, 休息日/周末, 节假日, 每天, a weekday (周一, 星期六) or a range of them (周一至周五)
 * — and a time part — {@code HH:mm-HH:mm}, 上午, 下午, 晚上, or none for the visiting hours. An
 * entry without a day part means working days. A text that says nothing readable gives
 * the visiting hours on working days, with {@link #understood()} false so staff know to
 * ask.
 */
public record ContactWindows(String text, List<Window> windows, boolean understood) {

	private static final Pattern TIME = Pattern
		.compile("(\\d{1,2})[:：](\\d{2})\\s*(?:-|–|—|~|～|至|到)\\s*(\\d{1,2})[:：](\\d{2})");

	private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");

	private static final Pattern WEEKDAY_RANGE = Pattern
		.compile("(?:周|星期|礼拜)([一二三四五六日天])\\s*(?:-|–|—|~|～|至|到)\\s*(?:周|星期|礼拜)?([一二三四五六日天])");

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("一", DayOfWeek.MONDAY, "二", DayOfWeek.TUESDAY, "三",
			DayOfWeek.WEDNESDAY, "四", DayOfWeek.THURSDAY, "五", DayOfWeek.FRIDAY, "六", DayOfWeek.SATURDAY, "日",
			DayOfWeek.SUNDAY, "天", DayOfWeek.SUNDAY);

	/**
	 * One window: on which days and between which times (local, Asia/Shanghai); a window
	 * that names weekdays or rest days is one the customer asked for on those days, even
	 * when staff do not work then.
	 */
	public record Window(Days days, LocalTime from, LocalTime to) {

		public boolean covers(BusinessDay day) {
			return days.match(day);
		}

	}

	/**
	 * The days of a window: working days, rest days (weekends and the days off in lieu),
	 * statutory holidays, and weekdays named one by one.
	 */
	public record Days(boolean workingDays, boolean restDays, boolean holidays, Set<DayOfWeek> weekdays) {

		static final Days WORKING = new Days(true, false, false, Set.of());

		/**
		 * A holiday matches only a window that names holidays; a named weekday matches on
		 * that weekday unless it is a holiday; a rest day matches a window of rest days.
		 */
		boolean match(BusinessDay day) {
			if (day.holiday()) {
				return holidays;
			}
			if (weekdays.contains(day.date().getDayOfWeek())) {
				return true;
			}
			return day.working() ? workingDays : restDays;
		}

	}

	/**
	 * Reads a customer's windows; visiting hours stand in for an entry without times and
	 * for a text that says nothing readable.
	 */
	public static ContactWindows parse(String text, List<TimeSpan> visitingHours) {
		List<Window> windows = new ArrayList<>();
		if (text != null) {
			for (String entry : text.split("[；;，,、\\n]")) {
				windows.addAll(entry(entry.strip(), visitingHours));
			}
		}
		boolean understood = !windows.isEmpty();
		if (!understood) {
			visitingHours.forEach(hours -> windows.add(new Window(Days.WORKING, hours.from(), hours.to())));
		}
		return new ContactWindows(text, List.copyOf(windows), understood);
	}

	private static List<Window> entry(String entry, List<TimeSpan> visitingHours) {
		if (entry.isEmpty()) {
			return List.of();
		}
		Days days = days(entry);
		List<TimeSpan> times = times(entry);
		if (days == null && times.isEmpty()) {
			return List.of();
		}
		Days on = days == null ? Days.WORKING : days;
		return (times.isEmpty() ? visitingHours : times).stream()
			.map(time -> new Window(on, time.from(), time.to()))
			.toList();
	}

	private static Days days(String entry) {
		boolean every = entry.contains("每天") || entry.contains("每日") || entry.contains("天天");
		boolean working = every || entry.contains("工作日");
		boolean rest = every || entry.contains("休息日") || entry.contains("周末") || entry.contains("双休");
		boolean holidays = every || entry.contains("节假日") || entry.contains("假日");
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		Matcher range = WEEKDAY_RANGE.matcher(entry);
		while (range.find()) {
			DayOfWeek from = WEEKDAYS.get(range.group(1));
			DayOfWeek to = WEEKDAYS.get(range.group(2));
			for (DayOfWeek day = from;; day = day.plus(1)) {
				weekdays.add(day);
				if (day == to) {
					break;
				}
			}
		}
		String withoutRanges = WEEKDAY_RANGE.matcher(entry).replaceAll(" ").replace("周末", " ");
		Matcher single = WEEKDAY.matcher(withoutRanges);
		while (single.find()) {
			weekdays.add(WEEKDAYS.get(single.group(1)));
		}
		if (!working && !rest && !holidays && weekdays.isEmpty()) {
			return null;
		}
		return new Days(working, rest, holidays, Set.copyOf(weekdays));
	}

	private static List<TimeSpan> times(String entry) {
		List<TimeSpan> times = new ArrayList<>();
		Matcher time = TIME.matcher(entry);
		while (time.find()) {
			int fromHour = Integer.parseInt(time.group(1));
			int fromMinute = Integer.parseInt(time.group(2));
			int toHour = Integer.parseInt(time.group(3));
			int toMinute = Integer.parseInt(time.group(4));
			if (fromHour > 23 || toHour > 24 || fromMinute > 59 || toMinute > 59) {
				continue;
			}
			LocalTime from = LocalTime.of(fromHour, fromMinute);
			LocalTime to = toHour == 24 ? LocalTime.MAX : LocalTime.of(toHour, toMinute);
			if (from.isBefore(to)) {
				times.add(new TimeSpan(from, to));
			}
		}
		if (times.isEmpty()) {
			if (entry.contains("上午")) {
				times.add(new TimeSpan(LocalTime.of(9, 0), LocalTime.of(12, 0)));
			}
			if (entry.contains("下午")) {
				times.add(new TimeSpan(LocalTime.of(14, 0), LocalTime.of(18, 0)));
			}
			if (entry.contains("晚上")) {
				times.add(new TimeSpan(LocalTime.of(18, 0), LocalTime.of(21, 0)));
			}
		}
		return times;
	}

}
