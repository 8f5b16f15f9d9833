package cn.aode.servicedesk.visit.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.EventRecords;

import static org.awaitility.Awaitility.await;

/**
 * Complaints handled in complaint-service, as {@code complaint.resolved} events on the
 * real broker, and the revisit plans visit-service makes of them (VST-4): what most tests
 * of visits start from.
 */
public record HandledComplaints(KafkaTemplate<String, byte[]> kafka, JsonMapper json, VisitPlanService plans) {

	/**
	 * Wang Li's meter complaint handled at {@code resolvedAt}, numbered {@code number}.
	 */
	public static ComplaintResolved handled(String number, Instant resolvedAt) {
		return new ComplaintResolved(UUID.randomUUID(), resolvedAt, UUID.randomUUID(), number, "CRM-100234", "王丽",
				"13812345678", "staff-017", "已上门更换燃气表", "COMPANY_RESPONSIBLE", null);
	}

	/** Publishes the complaint's event and waits for its revisit plan. */
	public VisitPlan revisitPlanOf(ComplaintResolved resolved) {
		kafka.send(EventRecords.of(resolved, json)).join();
		AtomicReference<VisitPlan> plan = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<VisitPlan> found = plans.findBySource(resolved.complaintId().toString(), null, null);
			found.stream().findFirst().ifPresent(plan::set);
			return plan.get() != null;
		});
		return plan.get();
	}

}
