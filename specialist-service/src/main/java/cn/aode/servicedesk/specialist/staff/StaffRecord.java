package cn.aode.servicedesk.specialist.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff record table: entries are added, never changed. */
@Repository
class StaffRecord {

	private final JdbcClient jdbc;

	StaffRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(StaffRecordEntry entry) {
		jdbc.sql("""
				insert into staff_record_entry (id, staff_id, kind, rule, consequence, source, detail, case_ref,
				  recorded_at, recorded_by, source_event_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), entry.staffId(), entry.kind().name(), entry.rule(), entry.consequence(),
					entry.source().name(), entry.detail(), entry.caseRef(), Timestamp.from(entry.recordedAt()),
					entry.recordedBy(), entry.sourceEventId())
			.update();
	}

	List<StaffRecordEntry> of(String staffId) {
		return jdbc.sql("select * from staff_record_entry where staff_id = ? order by recorded_at, id")
			.param(staffId)
			.query(StaffRecord::entry)
			.list();
	}

	List<StaffRecordEntry> of(RecordEntryKind kind, String caseRef) {
		return jdbc.sql("select * from staff_record_entry where kind = ? and case_ref = ? order by recorded_at, id")
			.params(kind.name(), caseRef)
			.query(StaffRecord::entry)
			.list();
	}

	private static StaffRecordEntry entry(ResultSet rs, int row) throws SQLException {
		return new StaffRecordEntry(rs.getObject("id", UUID.class), rs.getString("staff_id"),
				RecordEntryKind.valueOf(rs.getString("kind")), rs.getString("rule"), rs.getString("consequence"),
				RecordSource.valueOf(rs.getString("source")), rs.getString("detail"), rs.getString("case_ref"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
				rs.getObject("source_event_id", UUID.class));
	}

}
