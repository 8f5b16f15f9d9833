package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.InvalidStateException;

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
	@DisplayName("VST-11: a plan not yet visited has no record to review")
	void plannedVisitCannotBeReviewed() {
		assertThatThrownBy(() -> plan.review(new ReviewDecision(ReviewState.REVIEWED, "好"), "sup-01", NOW))
			.isInstanceOf(InvalidStateException.class);
		assertThat(plan.review()).isNull();
	}

}
