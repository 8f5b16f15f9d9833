package cn.aode.servicedesk.complaint.procedure;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every step of every complaint, appended in the step's own transaction, so that a
 * reopened complaint keeps its earlier handling for inspection.
 */
@Component
public class ComplaintHistory {

	private final JdbcClient jdbc;

	ComplaintHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID complaintId, ComplaintStep step) {
		jdbc.sql("insert into complaint_step (complaint_id, at, step, actor, detail) values (?, ?, ?, ?, ?)")
			.params(complaintId, Timestamp.from(step.at()), step.step().name(), step.actor(), step.detail())
			.update();
	}

	/** The complaint's steps, oldest first. */
	public List<ComplaintStep> of(UUID complaintId) {
		return jdbc.sql("select at, step, actor, detail from complaint_step where complaint_id = ? order by at, id")
			.param(complaintId)
			.query((rs, row) -> new ComplaintStep(rs.getTimestamp("at").toInstant(),
					ComplaintStepKind.valueOf(rs.getString("step")), rs.getString("actor"), rs.getString("detail")))
			.list();
	}

}
