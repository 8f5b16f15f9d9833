package cn.aode.servicedesk.specialist.evaluation;

import java.sql.Timestamp;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.Staff;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;
import cn.aode.servicedesk.specialist.staff.StaffRole;
import cn.aode.servicedesk.specialist.staff.StaffService;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * SPC-7: ranks the year's specialists by measured results — on-time rate of their
 * deadlines, penalties and upheld complaints on their record — and records the general
 * manager's commendation list.
 */
@Service
public class AnnualEvaluation {

	/**
	 * Points a penalty or an upheld complaint costs in the score (the on-time rate counts
	 * up to 100).
	 */
	static final int POINTS_PER_PENALTY = 5;

	private final JdbcClient jdbc;

	private final StaffService staff;

	AnnualEvaluation(JdbcClient jdbc, StaffService staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	/**
	 * One specialist's measured year.
	 *
	 * @param penalties penalties on the record other than upheld complaints
	 * @param upheldComplaints complaints upheld against the specialist (CMP-5, APT-13)
	 */
	public record Result(int rank, String staffId, String name, String departmentId, long deadlinesCompleted,
			long completedOnTime, double onTimeRate, long penalties, long upheldComplaints, double score) {
	}

	/** Keeps a completed deadline for the evaluation (X-2 feeds the penalties). */
	@Transactional
	public void completed(DeadlineCompleted completed) {
		jdbc.sql("insert into staff_deadline_result (clock_id, staff_id, completed_at, year, on_time)"
				+ " values (?, ?, ?, ?, ?) on conflict (clock_id) do nothing")
			.params(completed.clockId(), completed.responsibleStaffId(), Timestamp.from(completed.occurredAt()),
					completed.occurredAt().atZone(CaseNumbers.BUSINESS_ZONE).getYear(), completed.onTime())
			.update();
	}

	/**
	 * Specialists of the year, best first: score = on-time rate in percent minus
	 * {@value #POINTS_PER_PENALTY} × (penalties + upheld complaints); a specialist
	 * without completed deadlines scores from penalties and upheld complaints alone.
	 */
	@Transactional(readOnly = true)
	public List<Result> ranking(int year) {
		List<Result> unranked = jdbc
			.sql("""
					select s.id, s.name, s.department_id,
					  (select count(*) from staff_deadline_result r where r.staff_id = s.id and r.year = :year) as completed,
					  (select count(*) from staff_deadline_result r where r.staff_id = s.id and r.year = :year and r.on_time) as on_time,
					  (select count(*) from staff_record_entry e where e.staff_id = s.id and e.kind = 'PENALTY'
					     and e.source <> 'UPHELD_COMPLAINT'
					     and extract(year from e.recorded_at at time zone 'Asia/Shanghai') = :year) as penalties,
					  (select count(*) from staff_record_entry e where e.staff_id = s.id and e.kind = 'PENALTY'
					     and e.source = 'UPHELD_COMPLAINT'
					     and extract(year from e.recorded_at at time zone 'Asia/Shanghai') = :year) as upheld_complaints
					from staff s where s.roles like '%SPECIALIST%'""")
			.param("year", year)
			.query((rs, row) -> {
				long completed = rs.getLong("completed");
				long onTime = rs.getLong("on_time");
				long penalties = rs.getLong("penalties");
				long upheldComplaints = rs.getLong("upheld_complaints");
				double rate = completed == 0 ? 0 : (double) onTime / completed;
				long deducted = POINTS_PER_PENALTY * (penalties + upheldComplaints);
				double score = Math.round((rate * 100 - deducted) * 10) / 10.0;
				return new Result(0, rs.getString("id"), rs.getString("name"), rs.getString("department_id"), completed,
						onTime, Math.round(rate * 1000) / 1000.0, penalties, upheldComplaints, score);
			})
			.list();
		List<Result> sorted = unranked.stream()
			.sorted((a, b) -> Double.compare(b.score(), a.score()) != 0 ? Double.compare(b.score(), a.score())
					: a.staffId().compareTo(b.staffId()))
			.toList();
		return IntStream.range(0, sorted.size()).mapToObj(i -> {
			Result r = sorted.get(i);
			return new Result(i + 1, r.staffId(), r.name(), r.departmentId(), r.deadlinesCompleted(),
					r.completedOnTime(), r.onTimeRate(), r.penalties(), r.upheldComplaints(), r.score());
		}).toList();
	}

	/**
	 * SPC-7: the general manager commends specialists of the year (通报表扬); each lands on
	 * their record.
	 */
	@Transactional
	public List<StaffRecordEntry> commend(int year, List<String> staffIds, String decidedBy, String reason) {
		Staff manager = staff.member(decidedBy);
		if (!manager.has(StaffRole.GENERAL_MANAGER)) {
			throw new RuleViolationException("SPC-7", "The annual commendation is decided by the general manager");
		}
		return staffIds.stream().distinct().map(staffId -> {
			if (!staff.member(staffId).has(StaffRole.SPECIALIST)) {
				throw new RuleViolationException("SPC-7", staffId + " is not a specialist");
			}
			return staff.recordCommendation(staffId, "SPC-7", year + "年度通报表扬：" + reason, "SPC-7/" + year, decidedBy);
		}).toList();
	}

	/** The commendation list of a year. */
	@Transactional(readOnly = true)
	public List<StaffRecordEntry> commendations(int year) {
		return staff.entries(RecordEntryKind.COMMENDATION, "SPC-7/" + year);
	}

}
