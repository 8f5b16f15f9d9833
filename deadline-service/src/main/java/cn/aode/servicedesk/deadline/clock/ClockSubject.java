package cn.aode.servicedesk.deadline.clock;

import org.springframework.data.relational.core.mapping.Column;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;

/**
 * The case a clock belongs to, stored in the clock's own columns: the persistent twin of
 * the event contract's {@link DeadlineSubject}, which stays free of Spring.
 */
record ClockSubject(@Column("subject_service") String service, @Column("subject_case_id") String caseId,
		@Column("subject_case_number") String caseNumber, @Column("purpose") String purpose) {

	static ClockSubject of(DeadlineSubject subject) {
		return new ClockSubject(subject.service(), subject.caseId(), subject.caseNumber(), subject.purpose());
	}

	DeadlineSubject toEvent() {
		return new DeadlineSubject(service, caseId, caseNumber, purpose);
	}

}
