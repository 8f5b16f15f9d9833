package cn.aode.servicedesk.assist.training.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.assist.training.Exam;
import cn.aode.servicedesk.assist.training.Training;
import cn.aode.servicedesk.assist.training.TrainingKind;
import cn.aode.servicedesk.assist.training.TrainingService;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The helpers' trainings (AST-8, AST-10) and monthly exams (AST-9): the window staff and
 * the center's head hold them, set the exam and enter its scores.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Helper trainings 培训考核", description = "AST-8..10: weekly, short and ad-hoc trainings; monthly exams")
class TrainingController {

	/** Who trains and examines the helpers: the window staff and the center's head. */
	private static final Role[] TRAINERS = { Role.SERVICE_CENTER_CLERK, Role.DEPARTMENT_HEAD };

	private final TrainingService trainings;

	TrainingController(TrainingService trainings) {
		this.trainings = trainings;
	}

	/** A training to hold. */
	record HoldTrainingRequest(@NotNull TrainingKind kind, @NotNull LocalDate heldOn,
			@NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 4000) String content,
			@Size(max = 200) Set<@NotBlank @Size(max = 64) String> invited) {

		TrainingService.NewTraining training() {
			return new TrainingService.NewTraining(kind, heldOn, topic, content, invited == null ? Set.of() : invited);
		}

	}

	/** Who attended a training. */
	record AttendanceRequest(@NotNull @Size(max = 200) Set<@NotBlank @Size(max = 64) String> present) {
	}

	/** The exam of a month. */
	record SetExamRequest(@NotNull YearMonth month) {
	}

	/** A helper's score. */
	record ScoreRequest(@NotBlank @Size(max = 64) String staffId, @NotNull @Min(0) @Max(100) Integer score,
			LocalDate studyOn) {
	}

	/** A training as the API shows it. */
	record TrainingView(UUID id, Label kind, LocalDate heldOn, String topic, String content, String heldBy,
			List<AttendeeView> attendees, long version) {

		static TrainingView of(Training training) {
			return new TrainingView(training.id(), Label.of(training.kind()), training.heldOn(), training.topic(),
					training.content(), training.heldBy(),
					training.attendees()
						.stream()
						.map(attendee -> new AttendeeView(attendee.staffId(), attendee.attended()))
						.toList(),
					training.version());
		}

	}

	/** Someone invited and whether they attended. */
	record AttendeeView(String staffId, boolean attended) {
	}

	/** An exam as the API shows it. */
	record ExamView(UUID id, String month, String topics, String setBy, Instant createdAt, List<ScoreView> scores,
			long version) {

		static ExamView of(Exam exam) {
			return new ExamView(exam.id(), exam.month(), exam.topics(), exam.setBy(), exam.createdAt(),
					exam.scores()
						.stream()
						.map(score -> new ScoreView(score.staffId(), score.score(), score.score() >= Exam.PASS_MARK,
								score.studyOn(), score.scoredAt()))
						.toList(),
					exam.version());
		}

	}

	/** A score; failed ones carry their day of off-duty study. */
	record ScoreView(String staffId, int score, boolean passed, LocalDate studyOn, Instant scoredAt) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hold a training (AST-8, AST-10): weekly and short trainings invite every full-time helper "
			+ "besides those named; by the window staff or the center's head (403 AST-8 otherwise)")
	ResponseEntity<TrainingView> hold(Caller caller, @Valid @RequestBody HoldTrainingRequest request) {
		String trainer = caller.staffMemberWith("AST-8", TRAINERS);
		Training training = trainings.hold(request.training(), trainer);
		return ResponseEntity.created(URI.create("/api/v1/trainings/" + training.id()))
			.eTag(ETags.of(training.version()))
			.body(TrainingView.of(training));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One training, with who was invited and who attended")
	ResponseEntity<TrainingView> get(@PathVariable UUID id) {
		return ETags.ok(trainings.get(id), TrainingView::of);
	}

	@GetMapping
	@Operation(summary = "The trainings held from one day to another, by day")
	PageView<TrainingView> list(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(trainings.between(from, to, PageView.request(page, size, Sort.by("heldOn"))),
				TrainingView::of);
	}

	@PostMapping("/{id}/attendance")
	@Operation(summary = "Who attended a training (AST-8); each must have been invited")
	ResponseEntity<TrainingView> attendance(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AttendanceRequest request) {
		caller.staffMemberWith("AST-8", TRAINERS);
		return ETags.change(ifMatch, expected -> trainings.attended(id, expected, request.present()), TrainingView::of);
	}

	@GetMapping("/weeks-without-weekly-training")
	@Operation(summary = "The weeks (their Mondays) without a weekly training (AST-8), up to a year")
	List<LocalDate> weeksWithout(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return trainings.weeksWithoutWeeklyTraining(from, to);
	}

	@PostMapping("/exams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set the monthly exam (AST-9) on the month's trainings; a month without trainings answers "
			+ "422 naming AST-9, a second exam of a month 409")
	ResponseEntity<ExamView> setExam(Caller caller, @Valid @RequestBody SetExamRequest request) {
		Exam exam = trainings.setExam(request.month(), caller.staffMemberWith("AST-9", TRAINERS));
		return ResponseEntity.created(URI.create("/api/v1/trainings/exams/" + exam.id()))
			.eTag(ETags.of(exam.version()))
			.body(ExamView.of(exam));
	}

	@GetMapping("/exams/{id}")
	@Operation(summary = "One exam with its scores")
	ResponseEntity<ExamView> exam(@PathVariable UUID id) {
		return ETags.ok(trainings.exam(id), ExamView::of);
	}

	@PostMapping("/exams/{id}/scores")
	@Operation(summary = "A helper's score (AST-9), once: below 85 puts a day of off-duty study on the rota (studyOn, "
			+ "or the next weekday) and a penalty on their staff record; 85 and above nothing")
	ResponseEntity<ExamView> score(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ScoreRequest request) {
		String by = caller.staffMemberWith("AST-9", TRAINERS);
		return ETags.change(ifMatch,
				expected -> trainings.score(id, expected, request.staffId(), request.score(), request.studyOn(), by),
				ExamView::of);
	}

}
