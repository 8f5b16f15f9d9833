package cn.aode.servicedesk.assist.training;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A helper's score in a monthly exam, and the day of off-duty study a score below the
 * pass mark brought (AST-9), or null.
 */
@Table("exam_score")
public record ExamScore(String staffId, int score, Instant scoredAt, LocalDate studyOn) {

}
