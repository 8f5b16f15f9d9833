package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The supervisor's review of a visit record (VST-11). */
class VisitRecordReviewTests {

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private final VisitPlan plan = VisitPlan.complaintRevisit("HF20261127-0001",
			new SourceCase(UUID.randomUUID().toString(), "TS20261127-0001"),
			new VisitedCustomer("CRM-100234", "王丽", "13812345678"), new VisitAgenda("投诉回访", "向客户致歉"),
			LocalDate.parse("2026-11-30"), VisitPlanFixtures.NO_ARRANGEMENT, Instant.parse("2026-11-27T03:00:00Z"));

	@Test
	@DisplayName("VST-11: a recorded visit waits for the supervisor, who reviews it once with guidance")
	void recordedVisitIsReviewedOnce() {
		assertThat(plan.review()).as("planned: nothing to review").isNull();
		plan.record(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031", VisitMethod.WECHAT,
				Satisfaction.SATISFIED, "满意", null, "已回访"), NOW);
		assertThat(plan.review().state()).isEqualTo(ReviewState.PENDING);

		plan.review(new ReviewDecision(ReviewState.REVIEWED, "记录完整，注意回访时效"), "sup-01", NOW.plusSeconds(60));

		assertThat(plan.review())
			.isEqualTo(new Review(ReviewState.REVIEWED, "sup-01", "记录完整，注意回访时效", NOW.plusSeconds(60)));
		assertThatThrownBy(() -> plan.review(new ReviewDecision(ReviewState.RETURNED_FOR_REWORK, "重做"), "sup-02", NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(plan.review().by()).isEqualTo("sup-01");
	}

	@Test
	@DisplayName("VST-11: a record returned for rework is reworked by its visitor — opinion, problems, summary — and "
			+ "waits for review again; one not returned, or by someone else, is refused")
	void returnedRecordIsReworkedByItsVisitor() {
		plan.record(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031", VisitMethod.PHONE,
				Satisfaction.SATISFIED, "满意", null, "已回访"), NOW);
		assertThatThrownBy(() -> plan.revise("满意", null, "补充", "staff-031")).as("pending, not returned")
			.isInstanceOf(InvalidStateException.class);
		plan.review(new ReviewDecision(ReviewState.RETURNED_FOR_REWORK, "补充客户对处理结果的具体意见"), "sup-01", NOW);

		assertThatThrownBy(() -> plan.revise("满意", null, "补充", "staff-099")).isInstanceOfSatisfying(
				ForbiddenException.class, refused -> assertThat(refused.rule()).isEqualTo("VST-11"));
		assertThatThrownBy(() -> plan.revise(" ", null, "补充", "staff-031"))
			.as("a complaint revisit keeps the customer's view")
			.isInstanceOf(RuleViolationException.class);
		plan.revise("对更换燃气表满意，希望缩短等待时间", "表箱门锈蚀", "已回访并记录客户建议", "staff-031");

		assertThat(plan.review().state()).isEqualTo(ReviewState.PENDING);
		assertThat(plan.review().guidance()).as("the guidance it was returned with").isEqualTo("补充客户对处理结果的具体意见");
		assertThat(plan.customerOpinion()).isEqualTo("对更换燃气表满意，希望缩短等待时间");
		assertThat(plan.problemsFound()).isEqualTo("表箱门锈蚀");
		assertThat(plan.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(plan.pendingEvents()).as("only the first record is an event").hasSize(1);
		plan.review(new ReviewDecision(ReviewState.REVIEWED, "记录完整"), "sup-01", NOW.plusSeconds(60));
		assertThat(plan.review().state()).isEqualTo(ReviewState.REVIEWED);
	}

	@Test
	@DisplayName("VST-11: a plan not yet visited has no record to review")
	void plannedVisitCannotBeReviewed() {
		assertThatThrownBy(() -> plan.review(new ReviewDecision(ReviewState.REVIEWED, "好"), "sup-01", NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(plan.review()).isNull();
	}

}
