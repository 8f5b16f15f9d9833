package cn.aode.servicedesk.assist.errand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.deadline.DeadlinePauseRequested;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineResumeRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrandTests {

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

	private final Authorisation authorisation = Authorisation.given("WT20261202-0001", "CRM-300100", "科左中旗某某小区物业",
			Set.of(Permit.ROAD_OCCUPATION_AND_EXCAVATION, Permit.GREEN_SPACE_OCCUPATION), TODAY, TODAY.plusMonths(3),
			"委托书扫描件 WT-2026-118", true, "helper-01", NOW);

	@Test
	@DisplayName("AST-7: an authorisation that is not voluntary is refused naming AST-7")
	void authorisationIsVoluntary() {
		assertThatThrownBy(() -> Authorisation.given("WT1", "CRM-1", "客户", Set.of(Permit.OTHER), TODAY, TODAY, "签字",
				false, "helper-01", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.rule()).isEqualTo("AST-7"));
	}

	@Test
	@DisplayName("AST-7: without a valid authorisation covering the permit — another permit, out of its validity, "
			+ "revoked — no errand begins (AST-7)")
	void errandNeedsAValidAuthorisation() {
		assertRefused(() -> begin(Permit.TREE_FELLING_OR_MOVING, TODAY));
		assertRefused(() -> begin(Permit.GREEN_SPACE_OCCUPATION, TODAY.plusMonths(4)));
		assertRefused(() -> begin(Permit.GREEN_SPACE_OCCUPATION, TODAY.minusDays(1)));
		authorisation.revoke(NOW);
		assertRefused(() -> begin(Permit.GREEN_SPACE_OCCUPATION, TODAY));
	}

	@Test
	@DisplayName("AST-7: an errand's clock starts when it begins, is paused while the authority decides, runs again "
			+ "after the decision and stops when the customer is told")
	void clockIsPausedWhileTheAuthorityDecides() {
		Errand errand = begin(Permit.ROAD_OCCUPATION_AND_EXCAVATION, TODAY);
		assertThat(errand.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(DeadlineRequested.class, requested -> {
				assertThat(requested.subject().key()).isEqualTo("assist-service/" + errand.id() + "/errand");
				assertThat(requested.policy()).isEqualTo("P15WD");
				assertThat(requested.source()).isEqualTo("SERVICE_RULE");
				assertThat(requested.responsibleStaffId()).isEqualTo("helper-01");
			});

		errand.submit(TODAY, NOW);
		errand.decide(true, TODAY.plusDays(9), "准予临时占用挖掘", NOW.plusSeconds(60));
		errand.close(NOW.plusSeconds(120));

		assertThat(errand.status()).isEqualTo(ErrandStatus.CLOSED);
		assertThat(errand.pendingEvents()).hasSize(4)
			.satisfies(events -> assertThat(events.toArray()[1]).isInstanceOfSatisfying(DeadlinePauseRequested.class,
					pause -> assertThat(pause.reason()).isEqualTo("等待科左中旗城市管理综合行政执法局审批")))
			.satisfies(events -> assertThat(events.toArray()[2]).isInstanceOf(DeadlineResumeRequested.class))
			.satisfies(events -> assertThat(events.toArray()[3]).isInstanceOf(DeadlineSatisfied.class));
	}

	@Test
	@DisplayName("AST-7: an errand moves preparing → submitted → decided → closed; a withdrawn one stops its clock")
	void statusesMoveInOrder() {
		Errand errand = begin(Permit.GREEN_SPACE_OCCUPATION, TODAY);
		assertThatThrownBy(() -> errand.decide(true, TODAY, null, NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> errand.close(NOW)).isInstanceOf(InvalidStateException.class);
		errand.submit(TODAY, NOW);
		assertThatThrownBy(() -> errand.decide(false, TODAY.minusDays(1), null, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		errand.withdraw("客户改线，不再需要", NOW);
		assertThat(errand.status()).isEqualTo(ErrandStatus.WITHDRAWN);
		assertThat(errand.pendingEvents()).last().isInstanceOf(DeadlineSatisfied.class);
		assertThatThrownBy(() -> errand.withdraw("again", NOW)).isInstanceOf(InvalidStateException.class);
	}

	private Errand begin(Permit permit, LocalDate day) {
		return Errand.begin("DB20261202-0001", authorisation, permit, "科左中旗城市管理综合行政执法局", List.of("施工图", "道路挖掘申请表"),
				"helper-01", "P15WD", day, NOW);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
				refused -> assertThat(refused.rule()).isEqualTo("AST-7"));
	}

}
