package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the reliability tests find in the databases after their load: the complaints of a
 * run (tagged by their content), the ones half-written, their handling clocks in
 * deadline-service, and what complaint-service's outbox has not sent yet.
 */
final class StoredComplaints {

	private StoredComplaints() {
	}

	/** The body of a new complaint whose content starts with the run's tag. */
	static String newComplaint(String runTag, int number) {
		return """
				{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
				 "channel":"PHONE","content":"%s 第%d件","category":"BILLING"}""".formatted(runTag, number);
	}

	/**
	 * The ids of the complaints stored in {@code database} whose content starts with the
	 * tag.
	 */
	static List<String> tagged(String database, String runTag) {
		return ServiceDatabase.of(database)
			.sql("select id::text from complaint where content like ?")
			.param(runTag + "%")
			.query(String.class)
			.list();
	}

	/** Tagged complaints stored without exactly one ACCEPTED step: written by halves. */
	static List<String> halfWritten(String database, String runTag) {
		return ServiceDatabase.of(database)
			.sql("""
					select c.id::text from complaint c
					 where c.content like ?
					   and (select count(*) from complaint_step s
					         where s.complaint_id = c.id and s.step = 'ACCEPTED') <> 1""")
			.param(runTag + "%")
			.query(String.class)
			.list();
	}

	/** Publications in the database's outbox that have not reached Kafka yet. */
	static long unsentPublications(String database) {
		return ServiceDatabase.of(database)
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	/**
	 * deadline-service's handling clocks per complaint, for the complaints that have any.
	 */
	static Map<String, Long> handlingClocksPerComplaint(List<String> complaintIds) {
		return countsPer(ServiceDatabase.of("deadline").sql("""
				select subject_case_id as id, count(*) as n from deadline_clock
				 where subject_service = 'complaint-service' and purpose = 'handling' and subject_case_id = any(?)
				 group by subject_case_id""").param(complaintIds.toArray(String[]::new)).query().listOfRows());
	}

	/**
	 * Waits up to a minute until every complaint has its handling clock in
	 * deadline-service, then insists on exactly one each.
	 */
	static void awaitOneHandlingClockEach(List<String> complaintIds) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(handlingClocksPerComplaint(complaintIds)).as("handling clocks per complaint")
						.hasSize(complaintIds.size()));
		assertThat(handlingClocksPerComplaint(complaintIds)).as("handling clocks per complaint")
			.allSatisfy((id, clocks) -> assertThat(clocks).as(id).isEqualTo(1));
	}

	/** visit-service's revisit plans per complaint, for the complaints that have any. */
	static Map<String, Long> revisitPlansPerComplaint(List<String> complaintIds) {
		return countsPer(ServiceDatabase.of("visit").sql("""
				select source_case_id as id, count(*) as n from visit_plan
				 where kind = 'COMPLAINT' and source_case_id = any(?)
				 group by source_case_id""").param(complaintIds.toArray(String[]::new)).query().listOfRows());
	}

	private static Map<String, Long> countsPer(List<Map<String, Object>> rows) {
		return rows.stream()
			.collect(Collectors.toMap(row -> (String) row.get("id"), row -> ((Number) row.get("n")).longValue()));
	}

}
