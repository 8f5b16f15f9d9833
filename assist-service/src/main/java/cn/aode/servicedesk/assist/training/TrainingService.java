package cn.aode.servicedesk.assist.training;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.assist.helper.Helper;
import cn.aode.servicedesk.assist.helper.HelperKind;
import cn.aode.servicedesk.assist.helper.Helpers;
import cn.aode.servicedesk.assist.rota.Rota;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Holds trainings (AST-8, AST-10) and monthly exams (AST-9): a failed score puts a day of
 * off-duty study on the rota in the same transaction as the score and its staff-record
 * entry.
 */
@Service
public class TrainingService {

	private final Trainings trainings;

	private final Exams exams;

	private final Helpers helpers;

	private final Rota rota;

	private final Clock clock;

	TrainingService(Trainings trainings, Exams exams, Helpers helpers, Rota rota, Clock clock) {
		this.trainings = trainings;
		this.exams = exams;
		this.helpers = helpers;
		this.rota = rota;
		this.clock = clock;
	}

	/** A training to hold: kind, day, topic, content and whom the organiser invites. */
	public record NewTraining(TrainingKind kind, LocalDate heldOn, String topic, String content, Set<String> invited) {
	}

	/**
	 * AST-8, AST-10: a training held; weekly and short ones invite every full-time
	 * helper.
	 */
	@Transactional
	public Training hold(NewTraining training, String heldBy) {
		Set<String> fullTime = helpers.findByKind(HelperKind.FULL_TIME)
			.stream()
			.map(Helper::staffId)
			.collect(Collectors.toSet());
		return trainings.save(Training.held(training.kind(), training.heldOn(), training.topic(), training.content(),
				heldBy, training.invited(), fullTime, clock.instant()));
	}

	/**
	 * AST-8: who attended.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null
	 */
	@Transactional
	public Training attended(UUID trainingId, Long expectedVersion, Set<String> present) {
		Training training = get(trainingId);
		StaleVersionException.requireCurrent("Training", trainingId, expectedVersion, training.version());
		training.attended(present);
		return trainings.save(training);
	}

	@Transactional(readOnly = true)
	public Training get(UUID trainingId) {
		return trainings.findById(trainingId).orElseThrow(() -> new NotFoundException("Training", trainingId));
	}

	@Transactional(readOnly = true)
	public Page<Training> between(LocalDate from, LocalDate to, Pageable pageable) {
		return trainings.findByHeldOnBetween(from, to, pageable);
	}

	/**
	 * AST-8: the weeks (by their Monday) from {@code from} to {@code to} in which no
	 * weekly training was held.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> weeksWithoutWeeklyTraining(LocalDate from, LocalDate to) {
		LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (to.isBefore(from) || firstMonday.plusWeeks(53).isBefore(to)) {
			throw new IllegalArgumentException("A weekly-training report covers up to a year from " + from);
		}
		Set<LocalDate> held = trainings.findByHeldOnBetween(firstMonday, to)
			.stream()
			.filter(training -> training.kind() == TrainingKind.WEEKLY)
			.map(training -> training.heldOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
			.collect(Collectors.toSet());
		List<LocalDate> missing = new ArrayList<>();
		for (LocalDate monday = firstMonday; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
			if (!held.contains(monday)) {
				missing.add(monday);
			}
		}
		return missing;
	}

	/** AST-9: the month's exam, drawn from the month's trainings; one per month. */
	@Transactional
	public Exam setExam(YearMonth month, String setBy) {
		if (exams.findByMonth(month.toString()).isPresent()) {
			throw new InvalidStateException("The exam of " + month + " is set already");
		}
		try {
			return exams.save(Exam.of(month, trainings.findByHeldOnBetween(month.atDay(1), month.atEndOfMonth()), setBy,
					clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidStateException("The exam of " + month + " is set already");
		}
	}

	/**
	 * AST-9: a helper's score; below the pass mark, a day of off-duty study on the rota —
	 * {@code studyOn}, or the next weekday — and an entry for their staff record.
	 * @param expectedVersion the exam's version the caller saw ({@code If-Match}), or
	 * null
	 */
	@Transactional
	public Exam score(UUID examId, Long expectedVersion, String staffId, int score, LocalDate studyOn, String by) {
		Exam exam = exams.findById(examId).orElseThrow(() -> new NotFoundException("Exam", examId));
		StaleVersionException.requireCurrent("Exam", examId, expectedVersion, exam.version());
		if (!helpers.existsById(staffId)) {
			throw new NotFoundException("Helper", staffId);
		}
		LocalDate day = studyOn != null ? studyOn
				: nextWeekday(LocalDate.ofInstant(clock.instant(), CaseNumbers.BUSINESS_ZONE));
		exam.score(staffId, score, day, clock.instant());
		if (score < Exam.PASS_MARK) {
			rota.study(staffId, day, exam.month() + " 月度考核未达 " + Exam.PASS_MARK + " 分，离岗学习", by);
		}
		return exams.save(exam);
	}

	@Transactional(readOnly = true)
	public Exam exam(UUID examId) {
		return exams.findById(examId).orElseThrow(() -> new NotFoundException("Exam", examId));
	}

	private static LocalDate nextWeekday(LocalDate today) {
		LocalDate day = today.plusDays(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

}
