package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import cn.aode.servicedesk.events.visit.SatisfactionCode;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitPlanTests {

	/** Planned on 27 November, due by 30 November (Asia/Shanghai). */
	private static final LocalDate DUE_BY = LocalDate.parse("2026-11-30");

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private static final Instant PLANNED_AT = Instant.parse("2026-11-27T03:00:00Z");

	private final VisitPlan plan = VisitPlan.complaintRevisit("HF20261127-0001",
			new SourceCase(UUID.randomUUID().toString(), "TS20261127-0001"),
			new VisitedCustomer("CRM-100234", "王丽", "13812345678"),
			new VisitAgenda("投诉 TS20261127-0001 的处理结果：已上门更换燃气表", "向客户致歉"), DUE_BY, VisitPlanFixtures.NO_ARRANGEMENT,
			PLANNED_AT);

	@Test
	@DisplayName("VST-8, VST-4: recording a visit keeps the customer's satisfaction and opinion and when it was "
			+ "recorded, and registers visit.recorded")
	void recordingRegistersVisitRecorded() {
		Instant visitedAt = Instant.parse("2026-11-29T02:00:00Z");

		plan.record(new VisitReport(visitedAt, "staff-031", VisitMethod.PHONE, Satisfaction.BASICALLY_SATISFIED,
				"对处理结果基本满意，希望上门前先电话告知", "燃气表箱门锈蚀", "已向客户致歉，客户接受处理结果"), NOW);

		assertThat(plan.status()).isEqualTo(VisitStatus.VISITED);
		assertThat(plan.visitedAt()).isEqualTo(visitedAt);
		assertThat(plan.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(plan.customerOpinion()).isEqualTo("对处理结果基本满意，希望上门前先电话告知");
		assertThat(plan.method()).isEqualTo(VisitMethod.PHONE);
		assertThat(plan.problemsFound()).isEqualTo("燃气表箱门锈蚀");
		assertThat(plan.onTime()).isTrue();
		assertThat(plan.recordedAt()).isEqualTo(NOW);
		assertThat(plan.pendingEvents()).singleElement().isInstanceOfSatisfying(VisitRecorded.class, event -> {
			assertThat(event.planId()).isEqualTo(plan.id());
			assertThat(event.planNumber()).isEqualTo("HF20261127-0001");
			assertThat(event.kind()).isEqualTo("COMPLAINT");
			assertThat(event.sourceCaseNumber()).isEqualTo("TS20261127-0001");
			assertThat(event.customerId()).isEqualTo("CRM-100234");
			assertThat(event.visitorStaffId()).isEqualTo("staff-031");
			assertThat(event.visitedAt()).isEqualTo(visitedAt);
			assertThat(event.satisfaction()).isEqualTo("BASICALLY_SATISFIED");
			assertThat(event.onTime()).isTrue();
			assertThat(event.occurredAt()).isEqualTo(NOW);
		});
	}

	@Test
	@DisplayName("VST-8: the planned time is a business date; a visit late on the due date is on time")
	void lateOnTheDueDateIsOnTime() {
		plan.record(new VisitReport(Instant.parse("2026-11-30T15:30:00Z"), "staff-031", VisitMethod.PHONE,
				Satisfaction.SATISFIED, "满意", null, "已回访"), NOW);

		assertThat(plan.onTime()).as("23:30 on 30 November in Asia/Shanghai").isTrue();
	}

	@Test
	@DisplayName("VST-8: a visit after the planned time is recorded and marked as not on time, not refused")
	void visitAfterThePlannedTimeIsRecordedAsLate() {
		plan.record(new VisitReport(Instant.parse("2026-11-30T16:30:00Z"), "staff-031", VisitMethod.PHONE,
				Satisfaction.SATISFIED, "满意", null, "已回访"), NOW);

		assertThat(plan.status()).isEqualTo(VisitStatus.VISITED);
		assertThat(plan.onTime()).as("00:30 on 1 December in Asia/Shanghai").isFalse();
		assertThat(plan.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(VisitRecorded.class, event -> assertThat(event.onTime()).isFalse());
	}

	@Test
	@DisplayName("A plan is recorded once: a second record is refused as not possible in its state and changes nothing")
	void recordingTwiceIsRefused() {
		plan.record(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031", VisitMethod.PHONE,
				Satisfaction.VERY_SATISFIED, "非常满意", null, "已回访"), NOW);

		assertThatThrownBy(() -> plan.record(new VisitReport(Instant.parse("2026-11-29T03:00:00Z"), "staff-032",
				VisitMethod.ON_SITE, Satisfaction.DISSATISFIED, "不满意", null, "再次回访"), NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(plan.satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
		assertThat(plan.visitorStaffId()).isEqualTo("staff-031");
		assertThat(plan.pendingEvents()).hasSize(1);
	}

	@Test
	@DisplayName("VST-8: a visit that has not taken place yet cannot be recorded")
	void visitInTheFutureIsRefused() {
		assertThatThrownBy(() -> plan.record(new VisitReport(NOW.plusSeconds(60), "staff-031", VisitMethod.PHONE,
				Satisfaction.SATISFIED, "满意", null, "已回访"), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(plan.pendingEvents()).isEmpty();
	}

	@Test
	@DisplayName("VST-8: a visit that took place before the plan was made is not its visit and is refused")
	void visitBeforeThePlanIsRefusedByVst8() {
		assertThatThrownBy(() -> plan.record(new VisitReport(PLANNED_AT.minusSeconds(3600), "staff-031",
				VisitMethod.PHONE, Satisfaction.SATISFIED, "满意", null, "已回访"), NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("VST-8"));
		assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
		assertThat(plan.recordedAt()).isNull();
		assertThat(plan.pendingEvents()).isEmpty();
	}

	@Test
	@DisplayName("VST-8: a visit at the very time the plan was made is recorded")
	void visitAtThePlannedTimeIsRecorded() {
		plan.record(
				new VisitReport(PLANNED_AT, "staff-031", VisitMethod.PHONE, Satisfaction.SATISFIED, "满意", null, "已回访"),
				NOW);

		assertThat(plan.status()).isEqualTo(VisitStatus.VISITED);
		assertThat(plan.visitedAt()).isEqualTo(PLANNED_AT);
	}

	@Test
	@DisplayName("VST-4: a complaint revisit without the customer's view of the handling and its result is refused")
	void complaintRevisitWithoutTheCustomersViewIsRefusedByVst4() {
		assertThatThrownBy(() -> plan.record(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031",
				VisitMethod.PHONE, Satisfaction.SATISFIED, " ", null, "已回访"), NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("VST-4"));
		assertThat(plan.status()).isEqualTo(VisitStatus.PLANNED);
	}

	@Test
	@DisplayName("visit.recorded carries exactly the satisfaction levels consumers know (SatisfactionCode)")
	void satisfactionLevelsMatchTheEventContract() {
		assertThat(Arrays.stream(Satisfaction.values()).map(Enum::name))
			.containsExactly(Arrays.stream(SatisfactionCode.values()).map(Enum::name).toArray(String[]::new));
	}

}
