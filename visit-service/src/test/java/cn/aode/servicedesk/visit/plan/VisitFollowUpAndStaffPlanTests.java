package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The follow-up of a dissatisfied answer (VST-9) and visits planned by staff (VST-1,
 * VST-5).
 */
class VisitFollowUpAndStaffPlanTests {

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private static final Instant PLANNED_AT = Instant.parse("2026-11-27T03:00:00Z");

	private static final VisitedCustomer CUSTOMER = new VisitedCustomer("CRM-100234", "王丽", "13812345678");

	private final VisitPlan plan = VisitPlan.byStaff("HF20261127-0001",
			visit(VisitKind.SPECIAL, LocalDate.parse("2026-11-30"), null), "staff-031", PLANNED_AT);

	private final VisitPlan complaintRevisit = VisitPlan.complaintRevisit("HF20261127-0002",
			new SourceCase(UUID.randomUUID().toString(), "TS20261127-0001"), CUSTOMER,
			new VisitAgenda("投诉 TS20261127-0001 的处理结果：已上门更换燃气表", "向客户致歉"), LocalDate.parse("2026-11-30"),
			VisitPlanFixtures.NO_ARRANGEMENT, PLANNED_AT);

	@Test
	@DisplayName("VST-9: exactly the dissatisfied and very dissatisfied answers call for a follow-up visit")
	void dissatisfiedAnswersCallForAFollowUp() {
		assertThat(Arrays.stream(Satisfaction.values()).filter(Satisfaction::callsForFollowUp))
			.containsExactly(Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED);
	}

	@ParameterizedTest
	@EnumSource(value = Satisfaction.class, names = { "DISSATISFIED", "VERY_DISSATISFIED" })
	@DisplayName("VST-9: a dissatisfied answer's follow-up is a special visit to the same customer, caused by the "
			+ "visited plan, planned now and due when the service says")
	void followUpOfADissatisfiedAnswer(Satisfaction answer) {
		plan.record(report(answer), NOW);

		VisitPlan followUp = plan.followUp("HF20261202-0001", new VisitAgenda("回访 HF20261127-0001 客户表示不满意：仍有异味", "跟进"),
				LocalDate.parse("2026-12-05"), VisitPlanFixtures.NO_ARRANGEMENT, NOW);

		assertThat(plan.callsForFollowUp()).isTrue();
		assertThat(followUp.id()).isNotEqualTo(plan.id());
		assertThat(followUp.kind()).isEqualTo(VisitKind.SPECIAL);
		assertThat(followUp.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(followUp.followUpOf()).isEqualTo(plan.id());
		assertThat(followUp.sourceCaseId()).isEqualTo(plan.id().toString());
		assertThat(followUp.sourceCaseNumber()).isEqualTo("HF20261127-0001");
		assertThat(followUp.customerId()).isEqualTo("CRM-100234");
		assertThat(followUp.customerPhone()).isEqualTo("13812345678");
		assertThat(followUp.dueBy()).isEqualTo("2026-12-05");
		assertThat(followUp.plannedAt()).isEqualTo(NOW);
		assertThat(followUp.plannedBy()).isNull();
		assertThat(followUp.pendingEvents()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Satisfaction.class, names = { "DISSATISFIED", "VERY_DISSATISFIED" })
	@DisplayName("VST-9, CMP-3: a dissatisfied complaint revisit calls for no special follow-up: it reopens the "
			+ "complaint, whose next handling is revisited")
	void complaintRevisitIsFollowedUpByTheReopenedComplaint(Satisfaction answer) {
		complaintRevisit.record(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031", VisitMethod.PHONE,
				answer, "仍有异味", null, "客户不满意"), NOW);

		assertThat(complaintRevisit.callsForFollowUp()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Satisfaction.class, names = { "VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED" })
	@DisplayName("VST-9: a satisfied answer has no follow-up; asking for one is refused")
	void satisfiedAnswerHasNoFollowUp(Satisfaction answer) {
		plan.record(report(answer), NOW);

		assertThat(plan.callsForFollowUp()).isFalse();
		assertThatThrownBy(() -> plan.followUp("HF20261202-0001", new VisitAgenda("x", "y"),
				LocalDate.parse("2026-12-05"), VisitPlanFixtures.NO_ARRANGEMENT, NOW))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("VST-9: a plan not yet visited has no follow-up")
	void plannedVisitHasNoFollowUp() {
		assertThat(plan.callsForFollowUp()).isFalse();
		assertThatThrownBy(() -> plan.followUp("HF20261202-0001", new VisitAgenda("x", "y"),
				LocalDate.parse("2026-12-05"), VisitPlanFixtures.NO_ARRANGEMENT, NOW))
			.isInstanceOf(InvalidStateException.class);
	}

	@ParameterizedTest
	@EnumSource(value = VisitKind.class, names = { "SPECIAL", "PERIODIC" })
	@DisplayName("VST-1, VST-5: staff plan special and periodic visits with date, content, purpose and a proposed "
			+ "time; the planner is kept")
	void staffPlanSpecialAndPeriodicVisits(VisitKind kind) {
		Instant at = Instant.parse("2026-12-04T06:00:00Z");

		VisitPlan planned = VisitPlan.byStaff("HF20261202-0002", visit(kind, LocalDate.parse("2026-12-04"), at),
				"staff-031", NOW);

		assertThat(planned.kind()).isEqualTo(kind);
		assertThat(planned.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(planned.plannedBy()).isEqualTo("staff-031");
		assertThat(planned.plannedAt()).isEqualTo(NOW);
		assertThat(planned.scheduledFor()).isEqualTo(at);
		assertThat(planned.dueBy()).isEqualTo("2026-12-04");
		assertThat(planned.content()).isEqualTo("冬季安全用气检查");
		assertThat(planned.sourceCaseId()).isNull();
		assertThat(planned.followUpOf()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = VisitKind.class, names = { "COMPLAINT", "AFTER_SALES", "MAINTENANCE" })
	@DisplayName("VST-1: complaint, after-sales and maintenance visits come from their areas' events, not from staff")
	void staffCannotPlanVisitsOfOtherKinds(VisitKind kind) {
		assertThatThrownBy(() -> VisitPlan.byStaff("HF20261202-0002", visit(kind, LocalDate.parse("2026-12-04"), null),
				"staff-031", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("VST-1"));
	}

	@Test
	@DisplayName("VST-5: a plan is due today or later, and its proposed time lies between now and the end of the due "
			+ "date (Asia/Shanghai)")
	void dueDateAndProposedTimeAreChecked() {
		assertThatThrownBy(() -> VisitPlan.byStaff("HF1", visit(VisitKind.SPECIAL, LocalDate.parse("2026-12-01"), null),
				"staff-031", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VisitPlan.byStaff("HF1",
				visit(VisitKind.SPECIAL, LocalDate.parse("2026-12-04"), NOW.minusSeconds(60)), "staff-031", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VisitPlan.byStaff("HF1",
				visit(VisitKind.SPECIAL, LocalDate.parse("2026-12-04"), Instant.parse("2026-12-04T16:00:00Z")),
				"staff-031", NOW))
			.as("00:00 on 5 December in Asia/Shanghai")
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(
				VisitPlan
					.byStaff("HF1",
							visit(VisitKind.SPECIAL, LocalDate.parse("2026-12-02"),
									Instant.parse("2026-12-02T15:59:00Z")),
							"staff-031", NOW)
					.dueBy())
			.as("due today, proposed for 23:59")
			.isEqualTo("2026-12-02");
	}

	private static VisitReport report(Satisfaction answer) {
		return new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031", VisitMethod.PHONE, answer, "仍有异味",
				null, "已回访");
	}

	private static NewVisit visit(VisitKind kind, LocalDate dueBy, Instant scheduledFor) {
		return new NewVisit(kind, CUSTOMER, new VisitAgenda("冬季安全用气检查", "检查燃气设施并征询意见"), dueBy, null, scheduledFor,
				false);
	}

}
