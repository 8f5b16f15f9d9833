package cn.aode.servicedesk.specialist.evaluation;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.visit.SatisfactionCode;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
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

	private static final Texts TEXTS = Texts.of(AnnualEvaluation.class);

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
	public void visited(VisitRecorded visit, SatisfactionCode satisfaction) {
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
			.param("satisfaction", satisfaction.name())
			.param("onTime", visit.onTime())
			.update();
	}

	/**
	 * Specialists of the year, best first. The score counts the rates in points out of
	 * 100: {@value #ON_TIME_WEIGHT} × on-time rate + {@value #SATISFACTION_WEIGHT} ×
	 * satisfaction rate, minus {@value #POINTS_PER_PENALTY} × (penalties + upheld
	 * complaints). A specialist with no completed deadline or no visit that year gets the
	 * year's pooled rate of all specialists for it, so having nothing measured is neither
	 * an advantage nor a penalty; a rate nobody has that year is left out. Equal scores
	 * rank by staff id.
	 */
	@Transactional(readOnly = true)
	public List<Result> ranking(int year) {
		List<Measured> measured = jdbc
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
			.query((rs, row) -> new Measured(rs.getString("id"), rs.getString("name"), rs.getString("department_id"),
					rs.getLong("completed"), rs.getLong("on_time"), rs.getLong("visits"),
					rs.getLong("satisfied_visits"), rs.getLong("penalties"), rs.getLong("upheld_complaints")))
			.list();
		Rate pooledOnTime = new Rate(measured.stream().mapToLong(Measured::onTime).sum(),
				measured.stream().mapToLong(Measured::completed).sum());
		Rate pooledSatisfaction = new Rate(measured.stream().mapToLong(Measured::satisfied).sum(),
				measured.stream().mapToLong(Measured::visits).sum());
		List<Measured> sorted = measured.stream()
			.sorted(Comparator.comparingDouble((Measured m) -> -m.score(pooledOnTime, pooledSatisfaction))
				.thenComparing(Measured::staffId))
			.toList();
		return IntStream.range(0, sorted.size())
			.mapToObj(i -> sorted.get(i).result(i + 1, pooledOnTime, pooledSatisfaction))
			.toList();
	}

	/** A share of a count; 0 of 0 is not measured. */
	private record Rate(long of, long total) {

		boolean measured() {
			return total > 0;
		}

		double value() {
			return measured() ? (double) of / total : 0;
		}

	}

	/** What the year measured for one specialist. */
	private record Measured(String staffId, String name, String departmentId, long completed, long onTime, long visits,
			long satisfied, long penalties, long upheldComplaints) {

		double score(Rate pooledOnTime, Rate pooledSatisfaction) {
			double onTimeRate = completed > 0 ? new Rate(onTime, completed).value() : pooledOnTime.value();
			double satisfactionRate = visits > 0 ? new Rate(satisfied, visits).value() : pooledSatisfaction.value();
			double rates;
			if (pooledOnTime.measured() && pooledSatisfaction.measured()) {
				rates = ON_TIME_WEIGHT * onTimeRate + SATISFACTION_WEIGHT * satisfactionRate;
			}
			else {
				rates = pooledOnTime.measured() ? onTimeRate : pooledSatisfaction.measured() ? satisfactionRate : 0;
			}
			return Math.round((rates * 100 - POINTS_PER_PENALTY * (penalties + upheldComplaints)) * 10) / 10.0;
		}

		Result result(int rank, Rate pooledOnTime, Rate pooledSatisfaction) {
			return new Result(rank, staffId, name, departmentId, completed, onTime,
					rounded(new Rate(onTime, completed).value()), visits, satisfied,
					rounded(new Rate(satisfied, visits).value()), penalties, upheldComplaints,
					score(pooledOnTime, pooledSatisfaction));
		}

		private static double rounded(double rate) {
			return Math.round(rate * 1000) / 1000.0;
		}

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
			return staff.recordCommendation(staffId, "SPC-7",
					TEXTS.format("commendation.detail", String.valueOf(year), reason), "SPC-7/" + year, decidedBy);
		}).toList();
	}

	/** The commendation list of a year. */
	@Transactional(readOnly = true)
	public List<StaffRecordEntry> commendations(int year) {
		return staff.entries(RecordEntryKind.COMMENDATION, "SPC-7/" + year);
	}

}
