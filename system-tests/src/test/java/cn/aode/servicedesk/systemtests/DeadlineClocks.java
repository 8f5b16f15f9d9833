package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's clock as deadline-service shows it through the gateway: the services request,
 * pause, resume and satisfy clocks by events, so a flow waits for the clock to get there.
 */
final class DeadlineClocks {

	private DeadlineClocks() {
	}

	/**
	 * Waits until the one clock of the case numbered {@code caseNumber} among those
	 * {@code staffId} is responsible for has the status, and returns it as JSON.
	 */
	static String await(Gateway reader, String staffId, String caseNumber, String status) {
		String[] clock = new String[1];
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String clocks = reader.get("/api/v1/deadlines?staffId={id}&size=100", staffId);
			List<Object> matching = JsonPath.read(clocks, "$.items[?(@.subject.caseNumber == '" + caseNumber + "')]");
			assertThat(matching).as("the clocks of " + caseNumber + " for " + staffId).hasSize(1);
			clock[0] = JsonPath.parse(matching.get(0)).jsonString();
			assertThat(JsonPath.<String>read(clock[0], "$.status.code")).as(clock[0]).isEqualTo(status);
		});
		return clock[0];
	}

}
