package cn.aode.servicedesk.visit.plan.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.platform.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * complaint.resolved from Kafka becomes exactly one complaint revisit plan, whatever the
 * broker does.
 */
@SpringBootTest(properties = "servicedesk.consumer.initial-backoff=PT0.1S")
@AutoConfigureMockMvc
@EmbeddedInfra
class ComplaintRevisitConsumerIntegrationTests {

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("VST-4, VST-5: a handled complaint is planned for a revisit with date, content and purpose, visible through the API")
	void handledComplaintBecomesARevisitPlan() {
		ComplaintResolved resolved = resolvedComplaint();

		send(resolved);

		VisitPlan plan = awaitPlanFor(resolved);
		assertThat(plan.kind()).isEqualTo(VisitKind.COMPLAINT);
		assertThat(plan.customerPhone()).isEqualTo("13812345678");
		assertThat(plan.dueBy()).isEqualTo("2026-11-30");
		assertThat(plan.content()).isEqualTo("投诉 TS20261127-0001 的处理结果：已上门更换燃气表");
		assertThat(plan.purpose())
			.isEqualTo("向客户致歉，了解客户对投诉处理过程及结果的意见 (apologise; learn the customer's view of the handling and its result)");
		assertThat(mvc.get().uri("/api/v1/visits?sourceCaseId=" + resolved.complaintId()).exchange())
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.items[0].kind.zh")
			.isEqualTo("投诉回访");
	}

	@Test
	@DisplayName("VST-4: the same complaint.resolved delivered twice plans one revisit (duplicate and marker on one "
			+ "partition, in order)")
	void duplicateDeliveryHasOneEffect() {
		ComplaintResolved resolved = resolvedComplaint();
		ComplaintResolved later = resolvedComplaint();

		send(resolved);
		send(resolved);
		send(later);

		awaitPlanFor(later);
		assertThat(plans.findBySource(resolved.complaintId().toString(), null, null)).hasSize(1);
	}

	@Test
	@DisplayName("A malformed record goes to the dead-letter topic and the record after it on the same partition "
			+ "is still processed")
	void malformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillProcessed() {
		String poisonKey = UUID.randomUUID().toString();
		ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.COMPLAINT_EVENTS, 0, poisonKey,
				"{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));
		poison.headers().add(EventHeaders.TYPE, ComplaintResolved.TYPE.getBytes(StandardCharsets.UTF_8));
		ComplaintResolved next = resolvedComplaint();

		kafka.send(poison).join();
		send(next);

		awaitPlanFor(next);
		ConsumerRecord<String, String> dead = awaitDeadLetter(poisonKey);
		assertThat(dead.value()).isEqualTo("{\"eventId\": not json");
		assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
	}

	private static ComplaintResolved resolvedComplaint() {
		return new ComplaintResolved(UUID.randomUUID(), Instant.parse("2026-11-27T02:30:00Z"), UUID.randomUUID(),
				"TS20261127-0001", "CRM-100234", "王丽", "13812345678", "staff-017", "已上门更换燃气表", "COMPANY_RESPONSIBLE",
				null);
	}

	private void send(ComplaintResolved event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	private VisitPlan awaitPlanFor(ComplaintResolved event) {
		List<VisitPlan> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			found.clear();
			found.addAll(plans.findBySource(event.complaintId().toString(), null, null));
			return !found.isEmpty();
		});
		return found.get(0);
	}

	private ConsumerRecord<String, String> awaitDeadLetter(String key) {
		return TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(),
				Topics.deadLetterOf(Topics.COMPLAINT_EVENTS), record -> key.equals(record.key()));
	}

}
