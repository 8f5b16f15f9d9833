package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

/**
 * NTC-7: a later notice of an application asked for materials the first notice had left
 * out, so the customer came back again; reported for the first issuer's staff record.
 *
 * @param staffId who issued the first notice
 * @param trip how many times the customer had come for the application when it was found
 * (2 on the first return)
 * @param leftOut the names of the materials left out
 */
@Table("application_violation")
public record OneTimeFailure(Instant at, String staffId, String firstNoticeNumber, String noticeNumber, int trip,
		List<String> leftOut) {

	public OneTimeFailure {
		leftOut = List.copyOf(leftOut);
	}

}
