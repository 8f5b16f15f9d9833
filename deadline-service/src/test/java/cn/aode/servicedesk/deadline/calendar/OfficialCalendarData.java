package cn.aode.servicedesk.deadline.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The business calendar built straight from the official data files, for tests without a
 * database.
 */
final class OfficialCalendarData {

	private static final JsonMapper json = JsonMapper.builder().build();

	private OfficialCalendarData() {
	}

	static BusinessCalendar calendar(boolean fallbackToOrdinaryWeeks) {
		Set<Integer> announced = new HashSet<>();
		List<OfficialDay> days = new ArrayList<>();
		for (int year = 2018; year <= 2027; year++) {
			try (InputStream in = OfficialCalendarData.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
				CalendarService.OfficialYear official = json.readValue(in, CalendarService.OfficialYear.class);
				if (!official.officialDays().isEmpty()) {
					announced.add(year);
					days.addAll(official.officialDays());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new BusinessCalendar(announced, days, fallbackToOrdinaryWeeks);
	}

}
