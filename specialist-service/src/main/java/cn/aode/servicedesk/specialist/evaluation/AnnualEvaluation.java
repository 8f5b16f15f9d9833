package cn.aode.servicedesk.specialist.evaluation;

import java.sql.Timestamp;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.Staff;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;
import cn.aode.servicedesk.specialist.staff.StaffRole;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * SPC-7: ranks the year's specialists by measured results — on-time rate of their
 * deadlines, satisfaction of their customers in return visits (VST-8), penalties and
 * upheld complaints on their record — and records the general manager's commendation
 * list.
 */
@Service
public class AnnualEvaluation {

	/**
	 * Points a penalty or an upheld complaint costs in the score (the measured rates
	 * count up to 100).
	 */
	static final int POINTS_PER_PENALTY = 5;

	/** Share of the on-time rate in the score when both rates are measured. */
	static final double ON_TIME_WEIGHT = 0.6;

	/** Share of the satisfaction rate in the score when both rates are measured. */
	static final double SATISFACTION_WEIGHT = 0.4;

	private final JdbcClient jdbc;

	private final StaffService staff;

	AnnualEvaluation(JdbcClient jdbc, StaffService staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	/**
	 * One specialist's measured year.
	 *
	 * @param visits recorded return visits to the specialist's customers (VST-8), each
	 * counted for the specialists the customer had when it took place
	 * @param satisfiedVisits those visits whose customer was very satisfied, satisfied or
	 * basically satisfied
	 * @param satisfactionRate satisfied visits / visits; 0 without visits, which the
	 * score then leaves out
	 * @param penalties penalties on the record other than upheld complaints
	 * @param upheldComplaints complaints upheld against the specialist (CMP-5, APT-13)
	 */
	public record Result(int rank, String staffId, String name, String departmentId, long deadlinesCompleted,
			long completedOnTime, double onTimeRate, long visits, long satisfiedVisits, double satisfactionRate,
			long penalties, long upheldComplaints, double score) {
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
	 * Keeps a recorded return visit (VST-8) for the evaluation, once per plan, with the
	 * specialists the customer had when the visit took place (SPC-6 history); a customer
	 * without a specialist then leaves it counting for nobody.
	 */
	@Transactional
	public void visited(VisitRecorded visit) {
		jdbc.sql("""
				insert into visit_result (plan_id, plan_number, customer_crm_id, visited_at, year,
				  satisfaction, on_time, specialist_ids)
				values (:planId, :planNumber, :customerId, :visitedAt, :year, :satisfaction, :onTime,
				  array(select a.staff_id from specialist_assignment a
				    where a.customer_crm_id = :customerId and a.assigned_at <= :visitedAt
				      and (a.ended_at is null or a.ended_at > :visitedAt)
				    order by a.staff_id))
				on conflict (plan_id) do nothing""")
			.param("planId", visit.planId())
			.param("planNumber", visit.planNumber())
			.param("customerId", visit.customerId())
			.param("visitedAt", Timestamp.from(visit.visitedAt()))
			.param("year", visit.visitedAt().atZone(CaseNumbers.BUSINESS_ZONE).getYear())
			.param("satisfaction", visit.satisfaction())
			.param("onTime", visit.onTime())
			.update();
	}

	/**
	 * Specialists of the year, best first. The score counts the measured rates in points
	 * out of 100: {@value #ON_TIME_WEIGHT} × on-time rate + {@value #SATISFACTION_WEIGHT}
	 * × satisfaction rate, minus {@value #POINTS_PER_PENALTY} × (penalties + upheld
	 * complaints). A specialist without completed deadlines or without visits is measured
	 * by the other rate alone, one with neither scores from penalties and upheld
	 * complaints alone. Equal scores rank by staff id.
	 */
	@Transactional(readOnly = true)
	public List<Result> ranking(int year) {
		List<Result> unranked = jdbc
			.sql("""
					select s.id, s.name, s.department_id,
					  (select count(*) from staff_deadline_result r where r.staff_id = s.id and r.year = :year) as completed,
					  (select count(*) from staff_deadline_result r where r.staff_id = s.id and r.year = :year and r.on_time) as on_time,
					  (select count(*) from visit_result v where v.year = :year and s.id = any(v.specialist_ids)) as visits,
					  (select count(*) from visit_result v where v.year = :year and s.id = any(v.specialist_ids)
					     and v.satisfaction in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')) as satisfied_visits,
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
				long visits = rs.getLong("visits");
				long satisfied = rs.getLong("satisfied_visits");
				long penalties = rs.getLong("penalties");
				long upheldComplaints = rs.getLong("upheld_complaints");
				double onTimeRate = completed == 0 ? 0 : (double) onTime / completed;
				double satisfactionRate = visits == 0 ? 0 : (double) satisfied / visits;
				long deducted = POINTS_PER_PENALTY * (penalties + upheldComplaints);
				double measured = measured(completed, onTimeRate, visits, satisfactionRate);
				double score = Math.round((measured * 100 - deducted) * 10) / 10.0;
				return new Result(0, rs.getString("id"), rs.getString("name"), rs.getString("department_id"), completed,
						onTime, Math.round(onTimeRate * 1000) / 1000.0, visits, satisfied,
						Math.round(satisfactionRate * 1000) / 1000.0, penalties, upheldComplaints, score);
			})
			.list();
		List<Result> sorted = unranked.stream()
			.sorted((a, b) -> Double.compare(b.score(), a.score()) != 0 ? Double.compare(b.score(), a.score())
					: a.staffId().compareTo(b.staffId()))
			.toList();
		return IntStream.range(0, sorted.size()).mapToObj(i -> {
			Result r = sorted.get(i);
			return new Result(i + 1, r.staffId(), r.name(), r.departmentId(), r.deadlinesCompleted(),
					r.completedOnTime(), r.onTimeRate(), r.visits(), r.satisfiedVisits(), r.satisfactionRate(),
					r.penalties(), r.upheldComplaints(), r.score());
		}).toList();
	}

	/**
	 * The weighted measured rates (0 to 1): both rates when both were measured, otherwise
	 * the one that was (0 when neither).
	 */
	private static double measured(long deadlinesCompleted, double onTimeRate, long visits, double satisfactionRate) {
		if (deadlinesCompleted > 0 && visits > 0) {
			return ON_TIME_WEIGHT * onTimeRate + SATISFACTION_WEIGHT * satisfactionRate;
		}
		return (deadlinesCompleted > 0) ? onTimeRate : satisfactionRate;
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
