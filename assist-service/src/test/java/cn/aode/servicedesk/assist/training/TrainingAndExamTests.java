package cn.aode.servicedesk.assist.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingAndExamTests {

	private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	private static final Set<String> FULL_TIME = Set.of("ft-01", "ft-02");

	@Test
	@DisplayName("AST-8: a weekly training invites every full-time helper; a short one by the windows does too")
	void weeklyAndShortTrainingsInviteTheFullTimeHelpers() {
		Training weekly = Training.held(TrainingKind.WEEKLY, LocalDate.parse("2026-11-02"), "燃气报装流程", "报装所需材料及流程",
				"clerk-1", Set.of(), FULL_TIME, NOW);
		Training shortOne = Training.held(TrainingKind.SHORT, LocalDate.parse("2026-11-05"), "新版缴费系统", "操作要点",
				"clerk-2", Set.of("win-07"), FULL_TIME, NOW);

		assertThat(weekly.attendees()).extracting(Attendee::staffId).containsExactly("ft-01", "ft-02");
		assertThat(shortOne.attendees()).extracting(Attendee::staffId).containsExactly("ft-01", "ft-02", "win-07");
	}

	@Test
	@DisplayName("AST-10: an ad-hoc training invites whom it concerns; attendance is of the invited only")
	void adHocTrainingInvitesWhomItConcerns() {
		Training adHoc = Training.held(TrainingKind.AD_HOC, LocalDate.parse("2026-11-10"), "冬季安全用气宣传", "宣传口径",
				"head-01", Set.of("win-07"), FULL_TIME, NOW);

		assertThat(adHoc.attendees()).extracting(Attendee::staffId).containsExactly("win-07");
		adHoc.attended(Set.of("win-07"));
		assertThat(adHoc.attendees()).extracting(Attendee::attended).containsExactly(true);
		assertThatThrownBy(() -> adHoc.attended(Set.of("ft-01"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("AST-9: a score of 84 means a day of off-duty study and a penalty on the staff record")
	void eightyFourMeansAStudyDay() {
		Exam exam = exam();

		exam.score("ft-01", 84, LocalDate.parse("2026-12-01"), NOW);

		assertThat(exam.scores()).singleElement().satisfies(score -> {
			assertThat(score.score()).isEqualTo(84);
			assertThat(score.studyOn()).isEqualTo("2026-12-01");
		});
		assertThat(exam.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(StaffRecordEntryRequested.class, entry -> {
				assertThat(entry.staffId()).isEqualTo("ft-01");
				assertThat(entry.rule()).isEqualTo("AST-9");
				assertThat(entry.consequence()).isEqualTo("OFF_DUTY_STUDY");
				assertThat(entry.detail()).isEqualTo("2026-11 月度业务考核成绩 84 分，未达 85 分，2026-12-01 离岗学习一天");
			});
	}

	@Test
	@DisplayName("AST-9: a score of 85 passes: no study day, nothing for the record; a helper is scored once")
	void eightyFivePasses() {
		Exam exam = exam();

		exam.score("ft-02", 85, LocalDate.parse("2026-12-01"), NOW);

		assertThat(exam.scores()).singleElement().satisfies(score -> assertThat(score.studyOn()).isNull());
		assertThat(exam.pendingEvents()).isEmpty();
		assertThatThrownBy(() -> exam.score("ft-02", 90, null, NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> exam.score("ft-01", 101, null, NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("AST-9: the exam draws on the month's trainings; a month without any has no exam (AST-9)")
	void examDrawsOnTheMonthsTrainings() {
		assertThat(exam().topics()).isEqualTo("燃气报装流程；新版缴费系统");
		assertThatThrownBy(() -> Exam.of(YearMonth.parse("2026-11"), List.of(), "head-01", NOW)).isInstanceOfSatisfying(
				RuleViolationException.class, refused -> assertThat(refused.rule()).isEqualTo("AST-9"));
	}

	private static Exam exam() {
		return Exam.of(YearMonth.parse("2026-11"),
				List.of(Training.held(TrainingKind.WEEKLY, LocalDate.parse("2026-11-02"), "燃气报装流程", "报装所需材料及流程",
						"clerk-1", Set.of(), FULL_TIME, NOW),
						Training.held(TrainingKind.SHORT, LocalDate.parse("2026-11-05"), "新版缴费系统", "操作要点", "clerk-2",
								Set.of(), FULL_TIME, NOW)),
				"head-01", NOW);
	}

}
