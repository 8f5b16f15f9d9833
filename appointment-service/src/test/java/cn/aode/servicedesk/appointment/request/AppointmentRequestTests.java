package cn.aode.servicedesk.appointment.request;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of receiving and answering a request, without Spring. */
class AppointmentRequestTests {

	private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	private static final Applicant ELDERLY_CUSTOMER = new Applicant(ApplicantType.INDIVIDUAL, "刘大爷", "13900001111",
			"CRM-7", true);

	private static final Span SPAN = new Span(NOW.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(30)),
			NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(90)));

	private static final RequestDetails HOME_VISIT = new RequestDetails(AppointmentKind.HOME_VISIT,
			AppointmentReason.CANNOT_COME_IN_WORKING_HOURS, null, RequestChannel.PHONE, "开通燃气", "科尔沁区建国路12号3-201",
			null);

	@Test
	@DisplayName("APT-5: receiving a request asks for a one-working-day clock from the time it arrived")
	void receivingStartsTheReplyClock() {
		Instant calledAt = NOW.minus(Duration.ofHours(10));

		AppointmentRequest request = receive(HOME_VISIT, calledAt);

		assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(request.pendingEvents()).singleElement().isInstanceOfSatisfying(DeadlineRequested.class, clock -> {
			assertThat(clock.policy()).isEqualTo("P1WD");
			assertThat(clock.startsAt()).isEqualTo(calledAt);
			assertThat(clock.responsibleStaffId()).isEqualTo("clerk-1");
			assertThat(clock.department()).isEqualTo("客户服务中心");
			assertThat(clock.subject().key()).isEqualTo("appointment-service/" + request.id() + "/reply");
			assertThat(clock.title()).isEqualTo("答复上门服务申请：刘大爷");
		});
	}

	@Test
	@DisplayName("APT-5: a request cannot be received in the future")
	void receivedAtIsNotInTheFuture() {
		assertThatIllegalArgumentException().isThrownBy(() -> receive(HOME_VISIT, NOW.plusSeconds(60)));
	}

	@Test
	@DisplayName("APT-1: a home visit needs an address")
	void homeVisitNeedsAddress() {
		RequestDetails noAddress = new RequestDetails(AppointmentKind.HOME_VISIT, AppointmentReason.URGENT_TIME_LIMIT,
				null, RequestChannel.WECHAT, "开通燃气", " ", null);

		assertThatThrownBy(() -> receive(noAddress, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("APT-1"));
	}

	@Test
	@DisplayName("APT-2: the reason 'other' must be explained")
	void otherReasonNeedsDetail() {
		RequestDetails unexplained = new RequestDetails(AppointmentKind.HALL, AppointmentReason.OTHER, null,
				RequestChannel.IN_PERSON, "过户", null, null);

		assertThatThrownBy(() -> receive(unexplained, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("APT-2"));
	}

	@Test
	@DisplayName("APT-6: accepting fixes a future time, the staff member, and the home address as the place")
	void acceptingFixesTimeAndPlace() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);
		Instant agreed = NOW.plus(Duration.ofDays(2));

		request.accept(new Acceptance(agreed, null, null, null, "clerk-1", "客户要求下午"), "spc-01", SPAN, NOW);

		assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(request.place()).isEqualTo("科尔沁区建国路12号3-201");
		assertThat(request.staffId()).as("the customer's own specialist by default").isEqualTo("spc-01");
		assertThat(request.substitute()).isFalse();
		assertThat(request.answeredAt()).isEqualTo(NOW);
		assertThat(request.pendingEvents()).last()
			.isInstanceOfSatisfying(DeadlineSatisfied.class, done -> assertThat(done.resultTold()).isTrue());
	}

	@Test
	@DisplayName("APT-6: another staff member stands in for the specialist temporarily, with the reason recorded; "
			+ "without a specialist one must be named")
	void standInAndNoSpecialist() {
		AppointmentRequest covered = receive(HOME_VISIT, NOW);
		covered.accept(new Acceptance(NOW.plus(Duration.ofDays(1)), null, "spc-02", "专员当时已有预约", "clerk-1", null),
				"spc-01", SPAN, NOW);
		assertThat(covered.staffId()).isEqualTo("spc-02");
		assertThat(covered.substitute()).isTrue();
		assertThat(covered.assignmentReason()).isEqualTo("专员当时已有预约");
		assertThat(covered.span()).isEqualTo(SPAN);
		assertThat(covered.changes()).singleElement()
			.isEqualTo(new AppointmentChange(ChangeKind.ACCEPTED, "clerk-1", NOW, "专员当时已有预约",
					NOW.plus(Duration.ofDays(1)), "spc-02"));

		AppointmentRequest unserved = receive(HOME_VISIT, NOW);
		assertThatThrownBy(() -> unserved
			.accept(new Acceptance(NOW.plus(Duration.ofDays(1)), null, " ", null, "clerk-1", null), null, SPAN, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-6"));
	}

	@Test
	@DisplayName("APT-6: an agreed time in the past is refused")
	void agreedTimeMustBeAhead() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);

		assertThatThrownBy(() -> request
			.accept(new Acceptance(NOW.minusSeconds(1), null, "spc-01", null, "clerk-1", null), null, SPAN, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-6"));
	}

	@Test
	@DisplayName("APT-7: a refusal needs a reason; it answers the applicant only once the general manager approves")
	void refusalNeedsReasonAndApproval() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);

		assertThatThrownBy(() -> request.proposeRefusal(" ", "clerk-1", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-7"));
		assertThatThrownBy(() -> request.approveRefusal("gm-1", NOW)).isInstanceOf(InvalidStateException.class);

		request.proposeRefusal("超出服务区域", "clerk-1", NOW);
		assertThat(request.status()).isEqualTo(RequestStatus.REFUSAL_PROPOSED);
		assertThat(request.answeredBy()).isNull();
		assertThat(request.pendingEvents()).hasSize(1);
		assertThatThrownBy(() -> request.proposeRefusal("人手不足", "clerk-2", NOW))
			.isInstanceOf(InvalidStateException.class);

		request.approveRefusal("gm-1", NOW.plusSeconds(600));
		assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
		assertThat(request.refusal().approvedBy()).isEqualTo("gm-1");
		assertThat(request.refusal().proposedBy()).isEqualTo("clerk-1");
		assertThat(request.answeredBy()).isEqualTo("clerk-1");
		assertThat(request.answeredAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(request.pendingEvents()).hasSize(2);
	}

	@Test
	@DisplayName("A request is answered once: a second answer is refused as not possible in its state and changes "
			+ "nothing")
	void answeredOnce() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);
		refused(request, "超出服务区域");

		assertThatThrownBy(() -> request.accept(
				new Acceptance(NOW.plus(Duration.ofDays(1)), null, "spc-01", null, "clerk-1", null), null, SPAN, NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
		assertThat(request.staffId()).isNull();
		assertThat(request.pendingEvents()).hasSize(2);
	}

	@Test
	@DisplayName("APT-13, X-2: a refusal the general manager finds without a valid reason counts against the staff "
			+ "member who answered it")
	void unjustifiedRefusalCountsAgainstWhoAnswered() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);
		refused(request, "人手不足");
		RefusalReview review = new RefusalReview("gm-1", false, "当日有空闲人员，拒绝理由不成立", NOW.plusSeconds(3600));

		request.reviewRefusal(review, "无正当理由拒绝预约申请 YY20261126-0001（APT-13）：当日有空闲人员，拒绝理由不成立");

		assertThat(request.refusalReview()).isEqualTo(review);
		assertThat(request.pendingEvents()).last().isInstanceOfSatisfying(StaffRecordEntryRequested.class, entry -> {
			assertThat(entry.staffId()).isEqualTo("clerk-1");
			assertThat(entry.kind()).isEqualTo("PENALTY");
			assertThat(entry.rule()).isEqualTo("APT-13");
			assertThat(entry.area()).isEqualTo("appointment-service");
			assertThat(entry.caseRef()).isEqualTo("YY20261126-0001");
			assertThat(entry.occurredAt()).isEqualTo(NOW.plusSeconds(3600));
			assertThat(entry.detail()).isEqualTo("无正当理由拒绝预约申请 YY20261126-0001（APT-13）：当日有空闲人员，拒绝理由不成立");
		});
	}

	@Test
	@DisplayName("APT-13: a refusal found justified puts nothing on anyone's record; a refusal is reviewed once")
	void justifiedRefusalCountsAgainstNobody() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);
		refused(request, "地址不在供气区域内");
		int events = request.pendingEvents().size();

		request.reviewRefusal(new RefusalReview("gm-1", true, null, NOW), "unused");

		assertThat(request.pendingEvents()).hasSize(events);
		assertThatThrownBy(() -> request.reviewRefusal(new RefusalReview("gm-1", false, "改判", NOW), "detail"))
			.isInstanceOf(InvalidStateException.class);
		assertThat(request.refusalReview().justified()).isTrue();
		assertThat(request.pendingEvents()).hasSize(events);
	}

	@Test
	@DisplayName("APT-13: only a refusal is reviewed, and an unjustified finding says what was found")
	void onlyRefusalsAreReviewed() {
		AppointmentRequest waiting = receive(HOME_VISIT, NOW);
		AppointmentRequest refused = receive(HOME_VISIT, NOW);
		refused(refused, "人手不足");

		assertThatThrownBy(() -> waiting.reviewRefusal(new RefusalReview("gm-1", false, "理由不成立", NOW), "detail"))
			.isInstanceOf(InvalidStateException.class);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> refused.reviewRefusal(new RefusalReview("gm-1", false, " ", NOW), "detail"));
		assertThat(refused.refusalReview()).isNull();
	}

	@Test
	@DisplayName("APT-6: a temporary assignment (临时调配) without a reason is refused and changes nothing")
	void temporaryAssignmentNeedsAReason() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);

		assertThatThrownBy(
				() -> request.accept(new Acceptance(NOW.plus(Duration.ofDays(1)), null, "spc-02", " ", "clerk-1", null),
						"spc-01", SPAN, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-6"));
		assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(request.changes()).isEmpty();
		assertThat(request.pendingEvents()).hasSize(1);
	}

	@Test
	@DisplayName("APT-6: rescheduling moves the time and span for the same staff member, keeps who, when and why, "
			+ "and tells the other services the new time")
	void reschedulingKeepsTheHistory() {
		AppointmentRequest request = accepted();
		Instant later = NOW.plus(Duration.ofDays(3));
		Span laterSpan = new Span(later.minus(Duration.ofMinutes(30)), later.plus(Duration.ofMinutes(90)));
		int events = request.pendingEvents().size();

		request.reschedule(later, laterSpan, "客户临时出差", "customer:CRM-7", NOW.plusSeconds(60));

		assertThat(request.pendingEvents()).hasSize(events + 1)
			.last()
			.isInstanceOfSatisfying(AppointmentRescheduled.class, moved -> {
				assertThat(moved.appointmentId()).isEqualTo(request.id());
				assertThat(moved.agreedTime()).isEqualTo(later);
				assertThat(moved.previousAgreedTime()).isEqualTo(NOW.plus(Duration.ofDays(1)));
				assertThat(moved.staffId()).isEqualTo("spc-01");
				assertThat(moved.status()).isEqualTo("ACCEPTED");
				assertThat(moved.rescheduledBy()).isEqualTo("customer:CRM-7");
				assertThat(moved.rescheduleReason()).isEqualTo("客户临时出差");
				assertThat(moved.occurredAt()).isEqualTo(NOW.plusSeconds(60));
			});

		assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(request.agreedTime()).isEqualTo(later);
		assertThat(request.span()).isEqualTo(laterSpan);
		assertThat(request.staffId()).isEqualTo("spc-01");
		assertThat(request.changes()).extracting(AppointmentChange::kind)
			.containsExactly(ChangeKind.ACCEPTED, ChangeKind.RESCHEDULED);
		assertThat(request.changes().get(1)).isEqualTo(new AppointmentChange(ChangeKind.RESCHEDULED, "customer:CRM-7",
				NOW.plusSeconds(60), "客户临时出差", later, "spc-01"));
		assertThatThrownBy(() -> request.reschedule(NOW, laterSpan, "改约", "clerk-1", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("APT-6"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> request.reschedule(later, laterSpan, " ", "clerk-1", NOW));
		assertThat(request.changes()).hasSize(2);
		assertThat(request.pendingEvents()).hasSize(events + 1);
	}

	@Test
	@DisplayName("A cancelled appointment keeps its time in its history; only an accepted one is rescheduled or "
			+ "cancelled")
	void cancellingEndsTheAppointment() {
		AppointmentRequest request = accepted();

		request.cancel("已自行办理", "clerk-2", NOW.plusSeconds(60));

		assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
		assertThat(request.agreedTime()).isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(request.changes()).last()
			.isEqualTo(new AppointmentChange(ChangeKind.CANCELLED, "clerk-2", NOW.plusSeconds(60), "已自行办理",
					NOW.plus(Duration.ofDays(1)), "spc-01"));
		assertThatThrownBy(() -> request.cancel("再次取消", "clerk-2", NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> request.reschedule(NOW.plus(Duration.ofDays(2)), SPAN, "改约", "clerk-2", NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> receive(HOME_VISIT, NOW).cancel("取消", "clerk-2", NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(request.changes()).hasSize(2);
	}

	private static AppointmentRequest accepted() {
		AppointmentRequest request = receive(HOME_VISIT, NOW);
		request.accept(new Acceptance(NOW.plus(Duration.ofDays(1)), null, null, null, "clerk-1", null), "spc-01", SPAN,
				NOW);
		return request;
	}

	private static AppointmentRequest receive(RequestDetails details, Instant receivedAt) {
		return AppointmentRequest.receive("YY20261126-0001", details, ELDERLY_CUSTOMER, receivedAt, "clerk-1", "客户服务中心",
				"答复上门服务申请：刘大爷", NOW);
	}

	private static void refused(AppointmentRequest request, String reason) {
		request.proposeRefusal(reason, "clerk-1", NOW);
		request.approveRefusal("gm-1", NOW);
	}

}
