package cn.aode.servicedesk.systemtests;

import java.util.ArrayList;
import java.util.List;

/**
 * What a write cut in half would leave in the services' databases, found by one query per
 * invariant. Each holds by design because the service writes both sides in one
 * transaction — or, for the audit trail, right after it, so those hold while no
 * service dies between its commit and its audit entry — and none is enforced by a
 * constraint, which would make it trivially true.
 */
final class HalfWrittenRows {

	/**
	 * One invariant of one service's database: what it proves, and a query for the rows
	 * breaking it, each named by one text column.
	 */
	record Invariant(String database, String name, String violations) {
	}

	static final List<Invariant> INVARIANTS = List.of(
			// SPC-3: a need and its department parts are one aggregate, saved at once
			new Invariant("specialist", "every customer need went to at least one department", """
					select n.number from customer_need n
					 where not exists (select 1 from customer_need_part p where p.need_id = n.id)"""),
			new Invariant("specialist", "a customer need is answered exactly when all its parts are completed", """
					select n.number from customer_need n join customer_need_part p on p.need_id = n.id
					 group by n.id having (n.status = 'ANSWERED') <> bool_and(p.status = 'COMPLETED')"""),
			// APT-6: a time or staff change is saved with its line of history
			new Invariant("appointment",
					"an appointment has one ACCEPTED line in its history exactly when it was accepted", """
							select r.number from appointment_request r
							 where (select count(*) from appointment_change c
							         where c.appointment_request_id = r.id and c.kind = 'ACCEPTED')
							       <> case when r.status in ('ACCEPTED', 'COMPLETED', 'CANCELLED', 'GAVE_UP') then 1
							               else 0 end"""),
			new Invariant("appointment",
					"an appointment's agreed time and staff member are those of the latest line of its history", """
							select r.number from appointment_request r
							  join appointment_change c on c.appointment_request_id = r.id
							 where c.position = (select max(position) from appointment_change l
							                      where l.appointment_request_id = r.id)
							   and (c.agreed_time <> r.agreed_time or c.staff_id <> r.staff_id)"""),
			// NTC-2, NTC-4: a notice is saved with the trip that found it needed
			new Invariant("notice", "every one-time notice is named by the trip it was issued on", """
					select n.number from one_time_notice n
					 where not exists (select 1 from application_trip t
					                    where t.application_id = n.application_id and t.position = n.trip - 1
					                      and t.notice_id = n.id)"""),
			new Invariant("notice", "every notice a trip names exists, for the trip's application", """
					select t.application_id || ' trip ' || t.position from application_trip t
					 where t.notice_id is not null
					   and not exists (select 1 from one_time_notice n
					                    where n.id = t.notice_id and n.application_id = t.application_id)"""),
			new Invariant("notice", "every one-time notice lists at least one missing material", """
					select n.number from one_time_notice n
					 where not exists (select 1 from notice_item i where i.one_time_notice_id = n.id)"""),
			// DL-4: the report and the clock's flag are written together
			new Invariant("deadline", "a clock is marked progress-reported exactly when it has a progress report", """
					select c.id::text from deadline_clock c
					 where c.progress_reported
					       <> exists (select 1 from deadline_progress_report r where r.clock_id = c.id)"""),
			// each calendar change, seeding too, moves the revision on and is recorded
			new Invariant("deadline", "the business calendar's revision counts its recorded changes", """
					select r.revision || ' revisions, ' || (select count(*) from calendar_change) || ' changes'
					  from calendar_revision r
					 where r.revision <> (select count(*) from calendar_change)"""),
			new Invariant("deadline", "every progress report and customer explanation is in the audit trail",
					"""
							select w.clock_id || ' ' || w.kind
							  from (select clock_id, reported_by as actor, 'progress-reports' as kind
							          from deadline_progress_report
							        union all
							        select clock_id, explained_by, 'customer-explanations' from deadline_customer_explanation) w
							 where not exists (select 1 from audit_entry a
							                    where a.method = 'POST' and a.path = '/api/v1/deadlines/' || w.clock_id || '/' || w.kind
							                      and a.actor = w.actor and a.status between 200 and 299)"""),
			// VST-9: a dissatisfied answer is saved with its follow-up plan
			new Invariant("visit", "every visit with a dissatisfied customer has its follow-up visit", """
					select p.number from visit_plan p
					 where p.status = 'VISITED' and p.kind <> 'COMPLAINT'
					   and p.satisfaction in ('DISSATISFIED', 'VERY_DISSATISFIED')
					   and not exists (select 1 from visit_plan f where f.follow_up_of = p.id)"""),
			// CMP-3, X-1: each step of a complaint is written with its line of history
			new Invariant("complaint", "every complaint has exactly one ACCEPTED step", """
					select c.number from complaint c
					 where (select count(*) from complaint_step s
					         where s.complaint_id = c.id and s.step = 'ACCEPTED') <> 1"""),
			new Invariant("complaint", "no more complaints than audited acceptances", """
					select c.complaints || ' complaints, ' || a.accepted || ' audited acceptances'
					  from (select count(*) as complaints from complaint) c,
					       (select count(*) as accepted from audit_entry
					         where method = 'POST' and path = '/api/v1/complaints' and status = 201) a
					 where c.complaints > a.accepted"""),
			new Invariant("complaint", "every later step a caller took on a complaint is in the audit trail",
					"""
							select s.complaint_id || ' ' || s.step from complaint_step s
							 where s.step not in ('ACCEPTED', 'FLAGGED_MAJOR', 'ARCHIVED', 'REOPENED')
							   and not exists (select 1 from audit_entry a
							                    where a.method = 'POST' and a.path like '/api/v1/complaints/' || s.complaint_id || '/%'
							                      and a.actor = s.actor and a.status between 200 and 299)"""),
			// AST-9: a failed score is saved with the study day on the rota
			new Invariant("assist", "every failed exam score has its study day on the rota, in both shifts", """
					select e.staff_id || ' ' || e.study_on from exam_score e
					 where e.study_on is not null
					   and (select count(*) from duty d where d.staff_id = e.staff_id and d.day = e.study_on) <> 2"""));

	private HalfWrittenRows() {
	}

	/**
	 * How many state-changing calls the services answered with a 2xx, as their audit
	 * trails keep them: what the invariants had to hold over.
	 */
	static long succeededChanges() {
		return INVARIANTS.stream()
			.map(Invariant::database)
			.distinct()
			.mapToLong(database -> ServiceDatabase.of(database)
				.sql("select count(*) from audit_entry where status between 200 and 299")
				.query(Long.class)
				.single())
			.sum();
	}

	/** Each broken invariant, with up to five of the rows breaking it. */
	static List<String> broken() {
		List<String> broken = new ArrayList<>();
		for (Invariant invariant : INVARIANTS) {
			List<String> rows = ServiceDatabase.of(invariant.database())
				.sql("select * from (" + invariant.violations() + ") violation limit 5")
				.query(String.class)
				.list();
			if (!rows.isEmpty()) {
				broken.add(invariant.database() + ": " + invariant.name() + " — broken by " + rows);
			}
		}
		return broken;
	}

}
