package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.util.UUID;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first key flow, end to end through the gateway: a complaint is accepted and handled
 * in complaint-service, and visit-service plans its revisit from the event.
 */
class ComplaintRevisitFlowIT {

	/** The office (办公室) handles complaints (CMP-1). */
	private final Gateway office = Callers.staff("sys-complaint-office", "OFFICE_HANDLER");

	@Test
	@DisplayName("CMP-3, VST-4: a complaint handled through the gateway gets a complaint revisit plan")
	void handledComplaintIsPlannedForARevisit() {
		ResponseEntity<String> accepted = office.client()
			.post()
			.uri("/api/v1/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
					 "channel":"WECHAT","content":"燃气表读数异常"}""")
			.retrieve()
			.toEntity(String.class);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getHeaders().getFirst("X-Request-Id")).isNotBlank();
		String complaintId = JsonPath.read(accepted.getBody(), "$.id");

		ResponseEntity<String> resolved = office.client()
			.post()
			.uri("/api/v1/complaints/{id}/resolution", complaintId)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", accepted.getHeaders().getETag())
			.body("""
					{"resolution":"已上门更换燃气表并向客户说明","finding":"COMPANY_RESPONSIBLE"}""")
			.retrieve()
			.toEntity(String.class);
		assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String plans = office.client()
				.get()
				.uri("/api/v1/visits?sourceCaseId={id}", complaintId)
				.retrieve()
				.body(String.class);
			assertThat(JsonPath.<Integer>read(plans, "$.length()")).isEqualTo(1);
			assertThat(JsonPath.<String>read(plans, "$[0].kind.code")).isEqualTo("COMPLAINT");
			assertThat(JsonPath.<String>read(plans, "$[0].customerPhone")).isEqualTo("13812345678");
		});
	}

	@Test
	@DisplayName("CMP-3: a rule refusal travels through the gateway as problem+json with the rule ID")
	void ruleRefusalReachesTheCallerAsProblemDetails() {
		ResponseEntity<String> accepted = office.client()
			.post()
			.uri("/api/v1/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"customerName":"李强","customerPhone":"13900001111","channel":"PHONE","content":"维修人员迟到"}""")
			.retrieve()
			.toEntity(String.class);
		String complaintId = JsonPath.read(accepted.getBody(), "$.id");
		String resolution = """
				{"resolution":"本人及主管已向客户致歉","finding":"STAFF_AT_FAULT",
				 "staffAtFault":"staff-021"}""";
		office.client()
			.post()
			.uri("/api/v1/complaints/{id}/resolution", complaintId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(resolution)
			.retrieve()
			.toBodilessEntity();

		ResponseEntity<String> again = office.client()
			.post()
			.uri("/api/v1/complaints/{id}/resolution", complaintId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(resolution)
			.retrieve()
			.toEntity(String.class);

		assertThat(again.getStatusCode().value()).isEqualTo(422);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<String>read(again.getBody(), "$.rule")).isEqualTo("CMP-3");
	}

	@Test
	@DisplayName("CMP-2: a customer complains through the app with their own token, follows their complaint and its "
			+ "revisit plan, and sees nobody else's (404)")
	void aCustomerFollowsTheirOwnComplaint() {
		String crmId = "CRM-CMP-" + UUID.randomUUID().toString().substring(0, 8);
		Gateway customer = Callers.customer(crmId);
		ResponseEntity<String> filed = customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"抄表员态度差"}""");
		assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(filed.getBody(), "$.customerId")).isEqualTo(crmId);
		String complaintId = JsonPath.read(filed.getBody(), "$.id");
		assertThat(office.post("/api/v1/complaints/{id}/resolution", """
				{"resolution":"已批评教育抄表员并向客户致歉","finding":"COMPANY_RESPONSIBLE"}""", complaintId).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			String plans = customer.get("/api/v1/visits?sourceCaseId={id}", complaintId);
			assertThat(JsonPath.<List<String>>read(plans, "$[*].customerId")).containsExactly(crmId);
		});
		assertThat(customer.client()
			.get()
			.uri("/api/v1/complaints/{id}", complaintId)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Callers.customer("CRM-SOMEONE-ELSE")
			.client()
			.get()
			.uri("/api/v1/complaints/{id}", complaintId)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
