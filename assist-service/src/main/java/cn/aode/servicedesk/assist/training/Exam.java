package cn.aode.servicedesk.assist.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * The monthly exam (每月考核, AST-9) on the month's trainings: the topics drawn from them and
 * each helper's score, once; a score below {@link #PASS_MARK} means a day of off-duty
 * study (离岗学习) and asks for an entry on the helper's staff record.
 */
@Table("exam")
public class Exam extends Aggregate<Exam> {

	/** AST-9: a score below 85 means a day of off-duty study. */
	public static final int PASS_MARK = 85;

	@Id
	private final UUID id;

	private final String month;

	private final String topics;

	private final String setBy;

	private final Instant createdAt;

	@MappedCollection(idColumn = "exam")
	private final Set<ExamScore> scores;

	@Version
	private Long version;

	@PersistenceCreator
	Exam(UUID id, String month, String topics, String setBy, Instant createdAt, Set<ExamScore> scores, Long version) {
		this.id = id;
		this.month = month;
		this.topics = topics;
		this.setBy = setBy;
		this.createdAt = createdAt;
		this.scores = new HashSet<>(scores);
		this.version = version;
	}

	/** AST-9: an exam draws on the month's trainings; a month without any has no exam. */
	static Exam of(YearMonth month, List<Training> trainings, String setBy, Instant now) {
		if (trainings.isEmpty()) {
			throw new RuleViolationException("AST-9",
					"No training was held in " + month + "; the monthly exam draws on the month's trainings");
		}
		String topics = String.join("；", trainings.stream().map(Training::topic).distinct().toList());
		return new Exam(UUID.randomUUID(), month.toString(), topics, setBy, now, Set.of(), null);
	}

	/**
	 * AST-9: a helper's score, once; below the pass mark, the day of study
	 * {@code studyOn} and an entry for the staff record.
	 */
	void score(String staffId, int score, LocalDate studyOn, Instant now) {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("A score is 0 to 100, not " + score);
		}
		if (scores.stream().anyMatch(existing -> existing.staffId().equals(staffId))) {
			throw new InvalidStateException(staffId + " was already scored in the exam of " + month);
		}
		boolean failed = score < PASS_MARK;
		scores.add(new ExamScore(staffId, score, now, failed ? studyOn : null));
		if (failed) {
			registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), now, staffId, "PENALTY", "AST-9",
					"assist-service", "考核 " + month, "OFF_DUTY_STUDY",
					month + " 月度业务考核成绩 " + score + " 分，未达 " + PASS_MARK + " 分，" + studyOn + " 离岗学习一天"));
		}
	}

	public UUID id() {
		return id;
	}

	public String month() {
		return month;
	}

	public String topics() {
		return topics;
	}

	public String setBy() {
		return setBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** The scores, by staff id. */
	public List<ExamScore> scores() {
		return scores.stream().sorted(Comparator.comparing(ExamScore::staffId)).toList();
	}

	@Override
	public Long version() {
		return version;
	}

}
