package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application's trips, its handling clock and its repeat-trip reports, without Spring.
 */
class ApplicationTests {

	private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

	private static final Material ID_CARD = MatterFixtures.material("ID_CARD", "户主居民身份证");

	private static final Material AGENT = MatterFixtures.conditional("AGENT_AUTHORISATION", "授权委托书", "委托他人代办时");

	private final MatterVersion matter = MatterFixtures.first(ID_CARD, AGENT);

	private final Application application = Application.open("BJ20261127-0001", matter.code(),
			new Applicant("王丽", "13812345678", null), "clerk-1", NOW);

	@Test
	@DisplayName("NTC-4: complete materials start the handling and ask deadline-service for the matter's time "
			+ "limit, a published commitment, with the staff member and department responsible")
	void completeMaterialsStartTheHandlingClock() {
		application.complete(matter,
				PreCheck.check(matter, List.of(new Presented("ID_CARD", null)), Set.of(), Set.of()), "clerk-2",
				"办理居民用户燃气开户通气：王丽（BJ20261127-0001）", NOW);

		assertThat(application.status()).isEqualTo(ApplicationStatus.HANDLING);
		assertThat(application.handling().timeLimit()).isEqualTo("P5WD");
		assertThat(application.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(DeadlineRequested.class, clock -> {
				assertThat(clock.policy()).isEqualTo("P5WD");
				assertThat(clock.source()).isEqualTo("PUBLIC_COMMITMENT");
				assertThat(clock.subject().key()).isEqualTo("notice-service/" + application.id() + "/handling");
				assertThat(clock.subject().caseNumber()).isEqualTo("BJ20261127-0001");
				assertThat(clock.responsibleStaffId()).isEqualTo("clerk-2");
				assertThat(clock.department()).isEqualTo("客服中心");
				assertThat(clock.startsAt()).isEqualTo(NOW);
			});
	}

	@Test
	@DisplayName("NTC-7: a later notice naming what the first left out reports the first issuer once, with the "
			+ "trip and the items; an innocent later notice reports nobody")
	void aLeftOutItemReportsTheFirstIssuerOnce() {
		notice(1, "clerk-1", List.of(new Presented("ID_CARD", "身份证已过期")), Set.of(), null);
		assertThat(application.pendingEvents()).isEmpty();

		OneTimeNotice second = notice(2, "clerk-2", List.of(new Presented("ID_CARD", null)),
				Set.of("AGENT_AUTHORISATION"), ItemCause.LEFT_OUT);
		OneTimeNotice third = notice(3, "clerk-3", List.of(), Set.of("AGENT_AUTHORISATION"), ItemCause.LEFT_OUT);

		assertThat(application.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(StaffRecordEntryRequested.class, entry -> {
				assertThat(entry.staffId()).isEqualTo("clerk-1");
				assertThat(entry.rule()).isEqualTo("NTC-7");
				assertThat(entry.kind()).isEqualTo("PENALTY");
				assertThat(entry.caseRef()).isEqualTo("GZ-1");
				assertThat(entry.detail()).isEqualTo("detail of GZ-2");
			});
		assertThat(application.violations()).singleElement().satisfies(failure -> {
			assertThat(failure.trip()).isEqualTo(2);
			assertThat(failure.noticeNumber()).isEqualTo(second.number());
			assertThat(failure.leftOut()).containsExactly("授权委托书");
		});
		assertThat(third.leftOut()).hasSize(1);
		assertThat(application.trips()).hasSize(3);
	}

	@Test
	@DisplayName("DL-1: completing the handling stops its clock; an application not being handled is not completed")
	void completingTheHandlingStopsTheClock() {
		assertThatExceptionOfType(InvalidStateException.class)
			.isThrownBy(() -> application.completeHandling("已通气", true, "clerk-2", NOW));
		application.complete(matter,
				PreCheck.check(matter, List.of(new Presented("ID_CARD", null)), Set.of(), Set.of()), "clerk-1", "办理",
				NOW);

		application.completeHandling("已通气", true, "clerk-2", NOW.plusSeconds(3600));

		assertThat(application.status()).isEqualTo(ApplicationStatus.COMPLETED);
		assertThat(application.completion().by()).isEqualTo("clerk-2");
		assertThat(application.pendingEvents()).last().isInstanceOfSatisfying(DeadlineSatisfied.class, satisfied -> {
			assertThat(satisfied.subject().key()).isEqualTo("notice-service/" + application.id() + "/handling");
			assertThat(satisfied.resultTold()).isTrue();
		});
		assertThatExceptionOfType(InvalidStateException.class)
			.isThrownBy(() -> application.completeHandling("再次", true, "clerk-2", NOW));
	}

	@Test
	@DisplayName("NTC-2: once handling started, another trip is refused and changes nothing")
	void noTripAfterHandlingStarted() {
		application.complete(matter,
				PreCheck.check(matter, List.of(new Presented("ID_CARD", null)), Set.of(), Set.of()), "clerk-1", "办理",
				NOW);
		PreCheckOutcome outcome = PreCheck.check(matter, List.of(), Set.of(), Set.of());

		assertThatExceptionOfType(InvalidStateException.class)
			.isThrownBy(() -> application.complete(matter, outcome, "clerk-2", "办理", NOW));
		assertThat(application.trips()).hasSize(1);
		assertThat(application.pendingEvents()).hasSize(1);
	}

	private OneTimeNotice notice(int trip, String by, List<Presented> presented, Set<String> applicable,
			ItemCause cause) {
		PreCheckOutcome outcome = PreCheck.check(matter, presented, applicable, application.acceptedSoFar());
		List<NoticeItem> items = outcome.missing()
			.stream()
			.map(missing -> NoticeItem.of(missing, trip == 1 ? null : cause))
			.toList();
		OneTimeNotice notice = OneTimeNotice.issue("GZ-" + trip, application, matter, trip, items, NoticeForm.ORAL, by,
				NOW);
		application.noticed(matter, outcome, notice, by, false, "detail of GZ-" + trip, NOW);
		return notice;
	}

}
