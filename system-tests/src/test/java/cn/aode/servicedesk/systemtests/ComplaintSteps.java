package cn.aode.servicedesk.systemtests;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The office's steps of a complaint through the gateway, up to the revisit plan that
 * visit-service makes of it, shared by the tests that need a complaint in that state.
 */
final class ComplaintSteps {

	/** The office (办公室) handles complaints (CMP-2). */
	private final Gateway office;

	ComplaintSteps(Gateway office) {
		this.office = office;
	}

	String accept(String content) {
		ResponseEntity<String> accepted = office.post("/api/v1/complaints", """
				{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
				 "channel":"WECHAT","content":"%s","category":"BILLING"}""".formatted(content));
		assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getHeaders().getFirst("X-Request-Id")).isNotBlank();
		return JsonPath.read(accepted.getBody(), "$.id");
	}

	String fedBackComplaint(String content) {
		String complaintId = accept(content);
		handleAndFeedBack(complaintId, "已上门更换燃气表并向客户说明");
		return complaintId;
	}

	void handleAndFeedBack(String complaintId, String actions) {
		assertThat(office
			.post("/api/v1/complaints/{id}/handling",
					"""
							{"investigation":"调取抄表记录，上门核对表具","actions":"%s","finding":"COMPANY_RESPONSIBLE"}"""
						.formatted(actions),
					complaintId)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> fedBack = office.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"%s"}""".formatted(actions), complaintId);
		assertThat(fedBack.getStatusCode()).as(fedBack.getBody()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * Waits for visit-service's revisit plan of the complaint (VST-4) and returns its id.
	 */
	String awaitRevisitPlan(String complaintId) {
		String[] planId = new String[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String plans = office.get("/api/v1/visits?sourceCaseId={id}", complaintId);
			assertThat(JsonPath.<Integer>read(plans, "$.items.length()")).isEqualTo(1);
			assertThat(JsonPath.<String>read(plans, "$.items[0].kind.code")).isEqualTo("COMPLAINT");
			assertThat(JsonPath.<String>read(plans, "$.items[0].customerPhone")).isEqualTo("13812345678");
			planId[0] = JsonPath.read(plans, "$.items[0].id");
		});
		return planId[0];
	}

}
