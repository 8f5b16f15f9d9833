package cn.aode.servicedesk.appointment.request;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens at an accepted appointment, without Spring: arrivals (APT-8, APT-9) and
 * no-shows (APT-10).
 */
class AppointmentAttendanceTests {

	private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	private static final Instant AGREED = NOW.plus(Duration.ofDays(1));

	private static final Duration OPENS = Duration.ofHours(2);

	private static final Applicant APPLICANT = new Applicant(ApplicantType.INDIVIDUAL, "刘大爷", "13900001111", "CRM-7",
			false);

	@Test
	@DisplayName("APT-8: a home visit's staff member is on time at the agreed time and late a second after it, "
			+ "which asks for a penalty on their record (APT-13)")
	void homeVisitArrivalBoundary() {
		AppointmentRequest onTime = accepted(AppointmentKind.HOME_VISIT);
		onTime.staffArrived("spc-01", null, null, OPENS, arrival -> "迟到", AGREED);
		assertThat(onTime.staffArrival()).isEqualTo(new StaffArrival(AGREED, false, null, null));
		assertThat(onTime.pendingEvents()).noneMatch(StaffRecordEntryRequested.class::isInstance);

		AppointmentRequest late = accepted(AppointmentKind.HOME_VISIT);
		late.staffArrived("spc-01", true, true, OPENS, arrival -> "迟到 " + arrival.at(), AGREED.plusSeconds(1));
		assertThat(late.staffArrival()).as("a home visit has no checklist")
			.isEqualTo(new StaffArrival(AGREED.plusSeconds(1), true, null, null));
		assertThat(late.pendingEvents()).last().isInstanceOfSatisfying(StaffRecordEntryRequested.class, entry -> {
			assertThat(entry.staffId()).isEqualTo("spc-01");
			assertThat(entry.kind()).isEqualTo("PENALTY");
			assertThat(entry.rule()).isEqualTo("APT-8");
			assertThat(entry.area()).isEqualTo("appointment-service");
			assertThat(entry.caseRef()).isEqualTo("YY20261126-0001");
			assertThat(entry.detail()).isEqualTo("迟到 " + AGREED.plusSeconds(1));
		});
	}

	@Test
	@DisplayName("APT-9: a hall appointment's staff member is on time 10:00 before the agreed time with forms and "
			+ "seals ready; 9:59 before, or without the seals, is late")
	void hallArrivalBoundary() {
		AppointmentRequest onTime = accepted(AppointmentKind.HALL);
		onTime.staffArrived("spc-01", true, true, OPENS, arrival -> "迟到", AGREED.minus(Duration.ofMinutes(10)));
		assertThat(onTime.staffArrival().late()).isFalse();
		assertThat(onTime.pendingEvents()).noneMatch(StaffRecordEntryRequested.class::isInstance);

		AppointmentRequest late = accepted(AppointmentKind.HALL);
		late.staffArrived("spc-01", true, true, OPENS, arrival -> "迟到", AGREED.minus(Duration.ofSeconds(599)));
		assertThat(late.staffArrival().late()).isTrue();
		assertThat(late.pendingEvents()).last()
			.isInstanceOfSatisfying(StaffRecordEntryRequested.class,
					entry -> assertThat(entry.rule()).isEqualTo("APT-9"));

		AppointmentRequest unprepared = accepted(AppointmentKind.HALL);
		unprepared.staffArrived("spc-01", true, false, OPENS, arrival -> "未备齐", AGREED.minus(Duration.ofMinutes(30)));
		assertThat(unprepared.staffArrival())
			.isEqualTo(new StaffArrival(AGREED.minus(Duration.ofMinutes(30)), true, true, false));
	}

	@Test
	@DisplayName("APT-9: a hall check-in without the checklist is refused naming the rule and changes nothing; only "
			+ "the appointment's staff member checks in, once, and not hours ahead")
	void checkInIsTheStaffMembersOwnOnce() {
		AppointmentRequest request = accepted(AppointmentKind.HALL);
		Instant early = AGREED.minus(Duration.ofMinutes(20));

		assertThatThrownBy(() -> request.staffArrived("spc-01", true, null, OPENS, arrival -> "", early))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-9"));
		assertThatThrownBy(() -> request.staffArrived("spc-02", true, true, OPENS, arrival -> "", early))
			.isInstanceOfSatisfying(ForbiddenException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-9"));
		assertThatThrownBy(() -> request.staffArrived("spc-01", true, true, OPENS, arrival -> "",
				AGREED.minus(OPENS).minusSeconds(1)))
			.isInstanceOf(InvalidStateException.class);
		assertThat(request.staffArrival()).isNull();
		request.staffArrived("spc-01", true, true, OPENS, arrival -> "", early);
		assertThatThrownBy(() -> request.staffArrived("spc-01", true, true, OPENS, arrival -> "", early))
			.isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> request.reschedule(AGREED.plus(Duration.ofDays(1)), span(), "改约", "clerk-1", early))
			.as("under way")
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("APT-10: the applicant checks in up to 30:00 after the agreed time; at 30:01 they have given it up "
			+ "and the check-in is refused naming the rule")
	void applicantCheckInBoundary() {
		AppointmentRequest onTime = accepted(AppointmentKind.HALL);
		onTime.applicantArrived("clerk-1", OPENS, AGREED.plus(Duration.ofMinutes(30)));
		assertThat(onTime.applicantArrival())
			.isEqualTo(new ApplicantArrival(AGREED.plus(Duration.ofMinutes(30)), "clerk-1"));

		AppointmentRequest late = accepted(AppointmentKind.HALL);
		assertThatThrownBy(() -> late.applicantArrived("clerk-1", OPENS, AGREED.plus(Duration.ofSeconds(1801))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-10"));
		assertThat(late.applicantArrival()).isNull();
	}

	@Test
	@DisplayName("APT-10: an applicant not checked in at 30:01 has given the appointment up, in its history; at 30:00, "
			+ "or once checked in, it stays booked")
	void givingUpBoundary() {
		AppointmentRequest request = accepted(AppointmentKind.HOME_VISIT);

		assertThatThrownBy(() -> request.giveUp(AGREED.plus(Duration.ofMinutes(30))))
			.isInstanceOf(InvalidStateException.class);
		request.giveUp(AGREED.plus(Duration.ofSeconds(1801)));

		assertThat(request.status()).isEqualTo(RequestStatus.GAVE_UP);
		assertThat(request.changes()).last()
			.isEqualTo(new AppointmentChange(ChangeKind.GAVE_UP, "appointment-service",
					AGREED.plus(Duration.ofSeconds(1801)), null, AGREED, "spc-01"));
		AppointmentRequest came = accepted(AppointmentKind.HOME_VISIT);
		came.applicantArrived("spc-01", OPENS, AGREED);
		assertThatThrownBy(() -> came.giveUp(AGREED.plus(Duration.ofHours(1))))
			.isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> came.cancel("不需要了", "clerk-1", AGREED)).isInstanceOf(InvalidStateException.class);
		assertThat(came.status()).isEqualTo(RequestStatus.ACCEPTED);
	}

	@Test
	@DisplayName("APT-8: completion on the spot asks for nothing more; not finished on the spot says what is left and "
			+ "asks for the completion statement's clock, which its delivery stops")
	void completionAndStatement() {
		AppointmentRequest done = arrived(AppointmentKind.HOME_VISIT);
		done.complete(new Completion(AGREED, "spc-01", true, "已开通", null, true, "满意"), "P3WD", "送达");
		assertThat(done.status()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(done.statementDue()).isFalse();
		assertThat(done.pendingEvents()).noneMatch(event -> event instanceof DeadlineRequested requested
				&& requested.subject().purpose().equals("completion-statement"));
		assertThatThrownBy(() -> done.deliverStatement(new CompletionStatement(AGREED, "说明", "刘大爷", "spc-01")))
			.isInstanceOf(InvalidStateException.class);

		AppointmentRequest left = arrived(AppointmentKind.HOME_VISIT);
		assertThatThrownBy(
				() -> left.complete(new Completion(AGREED, "spc-01", false, "已检查", " ", false, null), "P3WD", "送达"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-8"));
		assertThat(left.status()).isEqualTo(RequestStatus.ACCEPTED);
		left.complete(new Completion(AGREED, "spc-01", false, "已检查", "需更换调压器", false, null), "P5WD", "送达");
		assertThat(left.statementDue()).isTrue();
		assertThat(left.pendingEvents()).last().isInstanceOfSatisfying(DeadlineRequested.class, clock -> {
			assertThat(clock.subject().purpose()).isEqualTo("completion-statement");
			assertThat(clock.policy()).isEqualTo("P5WD");
			assertThat(clock.source()).isEqualTo("SERVICE_RULE");
			assertThat(clock.responsibleStaffId()).isEqualTo("spc-01");
			assertThat(clock.writtenReplyRequired()).isTrue();
		});
		left.deliverStatement(new CompletionStatement(AGREED.plus(Duration.ofDays(2)), "已更换", "刘大爷", "spc-01"));
		assertThat(left.statementDue()).isFalse();
		assertThat(left.pendingEvents()).last().isInstanceOfSatisfying(DeadlineSatisfied.class, satisfied -> {
			assertThat(satisfied.subject().purpose()).isEqualTo("completion-statement");
			assertThat(satisfied.occurredAt()).isEqualTo(AGREED.plus(Duration.ofDays(2)));
		});
		assertThatThrownBy(() -> left.deliverStatement(new CompletionStatement(AGREED, "再次", "刘大爷", "spc-01")))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("APT-8: only the serving staff member completes, once both they and the applicant checked in")
	void completionNeedsBothArrivals() {
		AppointmentRequest request = accepted(AppointmentKind.HALL);
		Completion done = new Completion(AGREED, "spc-01", true, "已办理", null, true, null);

		assertThatThrownBy(() -> request.complete(done, "P3WD", "送达")).isInstanceOf(InvalidStateException.class);
		request.staffArrived("spc-01", true, true, OPENS, arrival -> "", AGREED.minus(Duration.ofMinutes(15)));
		assertThatThrownBy(() -> request.complete(done, "P3WD", "送达")).isInstanceOf(InvalidStateException.class);
		request.applicantArrived("clerk-1", OPENS, AGREED);
		assertThatThrownBy(
				() -> request.complete(new Completion(AGREED, "spc-02", true, "已办理", null, true, null), "P3WD", "送达"))
			.isInstanceOfSatisfying(ForbiddenException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-8"));
		request.complete(done, "P3WD", "送达");
		assertThat(request.completion()).isEqualTo(done);
	}

	private static AppointmentRequest arrived(AppointmentKind kind) {
		AppointmentRequest request = accepted(kind);
		request.staffArrived("spc-01", null, null, OPENS, arrival -> "", AGREED.minus(Duration.ofMinutes(5)));
		request.applicantArrived("spc-01", OPENS, AGREED.minus(Duration.ofMinutes(5)));
		return request;
	}

	static AppointmentRequest accepted(AppointmentKind kind) {
		RequestDetails details = new RequestDetails(kind, AppointmentReason.CANNOT_COME_IN_WORKING_HOURS, null,
				RequestChannel.PHONE, "开通燃气", "科尔沁区建国路12号3-201", null);
		AppointmentRequest request = AppointmentRequest.receive("YY20261126-0001", details, APPLICANT, NOW, "clerk-1",
				"客户服务中心", "答复", NOW);
		request.accept(new Acceptance(AGREED, "营业厅 1 号窗口", null, null, "clerk-1", null), "spc-01", span(), NOW);
		return request;
	}

	private static Span span() {
		return new Span(AGREED, AGREED.plus(Duration.ofMinutes(30)));
	}

}
