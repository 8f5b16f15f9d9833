package cn.aode.servicedesk.deadline.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's tables. */
@Repository
class CalendarRepository {

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current revision; {@code forShare} also blocks amendments until this
	 * transaction ends.
	 */
	long revision(boolean forShare) {
		return jdbc.sql("select revision from calendar_revision where id = 1" + (forShare ? " for share" : ""))
			.query(Long.class)
			.single();
	}

	/** Bumps the revision, holding it exclusively until the amendment commits. */
	long nextRevision() {
		return jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1 returning revision")
			.query(Long.class)
			.single();
	}

	boolean hasYear(int year) {
		return jdbc.sql("select count(*) from calendar_year where year = ?")
			.param(year)
			.query(Integer.class)
			.single() > 0;
	}

	Set<Integer> announcedYears() {
		return new TreeSet<>(jdbc.sql("select year from calendar_year where announced").query(Integer.class).list());
	}

	List<OfficialDay> officialDays() {
		return jdbc.sql("select day, off_day, name from calendar_day order by day")
			.query((rs, row) -> new OfficialDay(rs.getObject("day", LocalDate.class), rs.getBoolean("off_day"),
					rs.getString("name")))
			.list();
	}

	void saveYear(int year, boolean announced, String source, Instant at) {
		jdbc.sql("""
				insert into calendar_year (year, announced, source, recorded_at) values (?, ?, ?, ?)
				on conflict (year) do update set announced = excluded.announced, source = excluded.source,
				recorded_at = excluded.recorded_at""").params(year, announced, source, Timestamp.from(at)).update();
	}

	void replaceDaysOfYear(int year, List<OfficialDay> days) {
		jdbc.sql("delete from calendar_day where extract(year from day) = ?").param(year).update();
		days.forEach(this::saveDay);
	}

	void saveDay(OfficialDay day) {
		jdbc.sql("""
				insert into calendar_day (day, off_day, name) values (?, ?, ?)
				on conflict (day) do update set off_day = excluded.off_day, name = excluded.name""")
			.params(Date.valueOf(day.date()), day.offDay(), day.name())
			.update();
	}

	void deleteDay(LocalDate day) {
		jdbc.sql("delete from calendar_day where day = ?").param(Date.valueOf(day)).update();
	}

	long audit(Instant at, String by, String reason, CalendarChangeKind kind, int year, LocalDate day, DayKind before,
			DayKind after, int clocksMoved) {
		return jdbc.sql("""
				insert into calendar_change (changed_at, changed_by, reason, kind, year, day, before_kind, after_kind,
				clocks_moved) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(Timestamp.from(at), by, reason, kind.name(), year, day == null ? null : Date.valueOf(day),
					before == null ? null : before.name(), after == null ? null : after.name(), clocksMoved)
			.query(Long.class)
			.single();
	}

	List<CalendarChange> changes(int year) {
		return jdbc.sql("select * from calendar_change where year = ? order by id").param(year).query((rs, row) -> {
			String before = rs.getString("before_kind");
			String after = rs.getString("after_kind");
			return new CalendarChange(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("changed_by"), rs.getString("reason"),
					CalendarChangeKind.valueOf(rs.getString("kind")), rs.getInt("year"),
					rs.getObject("day", LocalDate.class), before == null ? null : DayKind.valueOf(before),
					after == null ? null : DayKind.valueOf(after), rs.getInt("clocks_moved"));
		}).list();
	}

}
