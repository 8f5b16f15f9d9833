package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One check of an application's materials: a visit of the customer (往返) or a check during
 * handling; what it found and the notice it led to, if any.
 *
 * @param matterVersionId the catalogue version the materials were checked against
 * @param applicable the conditional materials whose circumstance applied (material codes)
 * @param accepted the materials found in order (codes)
 * @param missing the materials still missing or not acceptable (codes)
 * @param noticeId the notice of the missing materials, or null when they were complete
 * @param inHandling a check made while the application was handled, without the customer:
 * not one of their trips
 */
@Table("application_trip")
public record Trip(Instant at, String checkedBy, UUID matterVersionId, List<String> applicable, List<String> accepted,
		List<String> missing, UUID noticeId, String noticeNumber, boolean inHandling) {

	public Trip {
		applicable = List.copyOf(applicable);
		accepted = List.copyOf(accepted);
		missing = List.copyOf(missing);
	}

}
