package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintFindingCode;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTests {

	private static final Instant NOW = Instant.parse("2026-11-27T02:30:00Z");

	private static final Complainant WANG_LI = new Complainant("CRM-100234", "王丽", "13812345678");

	@Test
	@DisplayName("CMP-2, CMP-3: accepting registers complaint.accepted and asks for the handling clock, DL-3's "
			+ "default with a written reply when the category has no limit, the office's handler responsible")
	void acceptingRegistersAcceptedAndTheHandlingClock() {
		Complaint complaint = accepted();

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		List<Object> events = List.copyOf(complaint.pendingEvents());
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOfSatisfying(ComplaintAccepted.class,
				event -> assertThat(event.complaintNumber()).isEqualTo("TS20261127-0001"));
		assertThat(events.get(1)).isInstanceOfSatisfying(DeadlineRequested.class, clock -> {
			assertThat(clock.subject().key()).isEqualTo("complaint-service/" + complaint.id() + "/handling");
			assertThat(clock.policy()).isNull();
			assertThat(clock.source()).isEqualTo("NO_LIMIT_GIVEN");
			assertThat(clock.writtenReplyRequired()).isTrue();
			assertThat(clock.responsibleStaffId()).isEqualTo("office-01");
		});
	}

	@Test
	@DisplayName("CMP-4: a major complaint is handled only after a principal leader acknowledged it")
	void aMajorComplaintWaitsForALeader() {
		Complaint complaint = accepted();
		complaint.flagMajor("媒体已报道，影响公司形象", "clerk-1", NOW);

		assertThatThrownBy(() -> handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-4"));
		assertThatThrownBy(() -> complaint.flagMajor("again", "clerk-1", NOW))
			.isInstanceOf(InvalidStateException.class);

		complaint.acknowledgeMajor("leader-01", NOW.plusSeconds(60));
		handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null);

		assertThat(complaint.major().acknowledgedBy()).isEqualTo("leader-01");
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.HANDLED);
		assertThatThrownBy(() -> complaint.acknowledgeMajor("leader-02", NOW))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("CMP-4: a major complaint says why it affects the company's image")
	void aMajorComplaintNeedsItsReason() {
		assertThatThrownBy(() -> accepted().flagMajor(" ", "clerk-1", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-4"));
	}

	@Test
	@DisplayName("CMP-5, X-2: a verified staff fault names the staff member; the apology of them and their "
			+ "supervisor comes before feedback, which then carries the staff member on complaint.resolved")
	void aStaffFaultNeedsTheApologyBeforeFeedback() {
		Complaint complaint = accepted();
		handle(complaint, ComplaintFinding.STAFF_AT_FAULT, " staff-023 ");

		assertThatThrownBy(() -> feedBack(complaint)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));
		assertThatThrownBy(() -> complaint.recordApology("staff-023", "上门", NOW, "office-01"))
			.as("the supervisor is someone else")
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));
		assertThatThrownBy(() -> complaint.recordExplanation("x", "office-01", NOW))
			.isInstanceOf(InvalidStateException.class);
		complaint.recordApology("sup-01", "本人及主管上门当面致歉", NOW, "office-01");
		feedBack(complaint);

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.FED_BACK);
		assertThat(complaint.pendingEvents()).last().isInstanceOfSatisfying(ComplaintResolved.class, event -> {
			assertThat(event.finding()).isEqualTo("STAFF_AT_FAULT");
			assertThat(event.staffAtFault()).isEqualTo("staff-023");
			assertThat(event.resolution()).isEqualTo("已告知客户处理结果");
			assertThat(event.handledBy()).isEqualTo("office-01");
		});
	}

	@Test
	@DisplayName("APT-12, APT-13: a complaint about an appointment names it on complaint.accepted and, with a staff "
			+ "fault, on complaint.resolved; a number without the appointment's id is refused")
	void aComplaintAboutAnAppointmentNamesIt() {
		UUID appointmentId = UUID.randomUUID();
		Complaint complaint = Complaint.accept("TS20261127-0002", WANG_LI, ComplaintChannel.WECHAT, "上门人员迟到且态度差",
				new Intake(null, "办公室", ComplaintCategory.SERVICE_ATTITUDE, null, null,
						ConcernedAppointment.of(appointmentId, " YY20261127-0003 ")),
				null, "office-01", "处理投诉：王丽", NOW);
		handle(complaint, ComplaintFinding.STAFF_AT_FAULT, "spc-01");
		complaint.recordApology("sup-01", "本人及主管电话致歉", NOW, "office-01");
		feedBack(complaint);

		assertThat(complaint.pendingEvents()).first().isInstanceOfSatisfying(ComplaintAccepted.class, event -> {
			assertThat(event.appointmentId()).isEqualTo(appointmentId);
			assertThat(event.appointmentNumber()).isEqualTo("YY20261127-0003");
		});
		assertThat(complaint.pendingEvents()).last().isInstanceOfSatisfying(ComplaintResolved.class, event -> {
			assertThat(event.appointmentId()).isEqualTo(appointmentId);
			assertThat(event.appointmentNumber()).isEqualTo("YY20261127-0003");
		});
		assertThat(ConcernedAppointment.of(null, " ")).isNull();
		assertThatThrownBy(() -> ConcernedAppointment.of(null, "YY20261127-0003"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(accepted().pendingEvents()).first()
			.isInstanceOfSatisfying(ComplaintAccepted.class, event -> assertThat(event.appointmentId()).isNull());
	}

	@Test
	@DisplayName("CMP-5: a staff fault without the staff member, or another finding with one, is refused")
	void onlyAStaffFaultNamesAStaffMember() {
		assertThatThrownBy(() -> handle(accepted(), ComplaintFinding.STAFF_AT_FAULT, " "))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));
		assertThatThrownBy(() -> handle(accepted(), ComplaintFinding.NOT_COMPANY_RESPONSIBLE, "staff-023"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));
	}

	@Test
	@DisplayName("CMP-6: when the company is not responsible, the customer's explanation comes before feedback")
	void notResponsibleNeedsTheExplanationBeforeFeedback() {
		Complaint complaint = accepted();
		handle(complaint, ComplaintFinding.NOT_COMPANY_RESPONSIBLE, null);

		assertThatThrownBy(() -> feedBack(complaint)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("CMP-6"));
		complaint.recordExplanation("燃气价格由物价部门核定，已耐心解释", "office-01", NOW);
		feedBack(complaint);

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.FED_BACK);
		assertThat(complaint.pendingEvents())
			.anySatisfy(event -> assertThat(event).isInstanceOf(DeadlineSatisfied.class));
	}

	@Test
	@DisplayName("CMP-3, VST-4: a satisfied revisit archives the complaint, which is then read-only")
	void aSatisfiedRevisitArchives() {
		Complaint complaint = fedBack();

		boolean reopened = complaint.revisited(new Revisit("SATISFIED", "满意", NOW, "HF20261128-0001"), "office-01", "t",
				NOW);

		assertThat(reopened).isFalse();
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ARCHIVED);
		assertThat(complaint.archivedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> complaint.protect("x", "y", "clerk-1", NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null))
			.isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("archived and read-only");
	}

	@Test
	@DisplayName("CMP-3: a dissatisfied revisit reopens the complaint with the reason, counts it, clears the round "
			+ "and asks for a new handling clock; the loop runs again")
	void aDissatisfiedRevisitReopens() {
		Complaint complaint = fedBack();
		int before = complaint.pendingEvents().size();

		boolean reopened = complaint.revisited(new Revisit("VERY_DISSATISFIED", "问题没有解决", NOW, "HF20261128-0001"),
				"office-01", "再次处理投诉", NOW);

		assertThat(reopened).isTrue();
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(complaint.reopenCount()).isEqualTo(1);
		assertThat(complaint.lastReopenReason()).contains("VERY_DISSATISFIED").contains("问题没有解决");
		assertThat(complaint.handling()).isNull();
		assertThat(complaint.feedback()).isNull();
		assertThat(List.copyOf(complaint.pendingEvents()).subList(before, complaint.pendingEvents().size()))
			.singleElement()
			.isInstanceOfSatisfying(DeadlineRequested.class,
					clock -> assertThat(clock.subject().purpose()).isEqualTo("handling-2"));
		handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null);
		feedBack(complaint);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.FED_BACK);
	}

	static List<Arguments> illegalSteps() {
		Consumer<Complaint> handle = complaint -> handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null);
		Consumer<Complaint> feedback = ComplaintTests::feedBack;
		Consumer<Complaint> revisit = complaint -> complaint.revisited(new Revisit("SATISFIED", null, NOW, "HF"),
				"office-01", "t", NOW);
		return List.of(Arguments.of("feedback before handling", accepted(), feedback, "next: handling"),
				Arguments.of("a revisit before feedback", accepted(), revisit, "fed back"),
				Arguments.of("handling twice", handled(), handle, "next: feedback"),
				Arguments.of("a revisit before feedback", handled(), revisit, "fed back"),
				Arguments.of("handling after feedback", fedBack(), handle, "next: the revisit"),
				Arguments.of("feedback twice", fedBack(), feedback, "next: the revisit"),
				Arguments.of("handling an archived complaint", archived(), handle, "archived"),
				Arguments.of("feedback on an archived complaint", archived(), feedback, "archived"),
				Arguments.of("a second revisit", archived(), revisit, "fed back"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("illegalSteps")
	@DisplayName("CMP-3: every step out of order is refused with 409 naming what can happen next, and changes "
			+ "nothing")
	void stepsOutOfOrderAreRefused(String step, Complaint complaint, Consumer<Complaint> change, String next) {
		ComplaintStatus before = complaint.status();

		assertThatThrownBy(() -> change.accept(complaint)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining(next);
		assertThat(complaint.status()).isEqualTo(before);
	}

	@Test
	@DisplayName("complaint.resolved carries exactly the findings consumers know (ComplaintFindingCode)")
	void findingsMatchTheEventContract() {
		assertThat(Arrays.stream(ComplaintFinding.values()).map(Enum::name))
			.containsExactly(Arrays.stream(ComplaintFindingCode.values()).map(Enum::name).toArray(String[]::new));
	}

	private static Complaint accepted() {
		return Complaint.accept("TS20261127-0001", WANG_LI, ComplaintChannel.PHONE, "燃气表读数异常",
				new Intake("clerk-1", "办公室", ComplaintCategory.BILLING, "燃气表", null, null), null, "office-01",
				"处理投诉：王丽", NOW);
	}

	private static Complaint handled() {
		Complaint complaint = accepted();
		handle(complaint, ComplaintFinding.COMPANY_RESPONSIBLE, null);
		return complaint;
	}

	private static Complaint fedBack() {
		Complaint complaint = handled();
		feedBack(complaint);
		return complaint;
	}

	private static Complaint archived() {
		Complaint complaint = fedBack();
		complaint.revisited(new Revisit("SATISFIED", null, NOW, "HF"), "office-01", "t", NOW);
		return complaint;
	}

	private static void handle(Complaint complaint, ComplaintFinding finding, String staffAtFault) {
		complaint.handle("office-01", "调取抄表记录", "已更换燃气表", finding, staffAtFault, NOW);
	}

	private static void feedBack(Complaint complaint) {
		complaint.giveFeedback(ComplaintChannel.PHONE, "已告知客户处理结果", "office-01", NOW);
	}

}
