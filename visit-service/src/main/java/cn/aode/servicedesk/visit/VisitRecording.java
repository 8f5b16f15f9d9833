package cn.aode.servicedesk.visit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/** Records visits against their plans (VST-8), each in one transaction with its event. */
@Service
public class VisitRecording {

	private final VisitPlans plans;

	private final Clock clock;

	VisitRecording(VisitPlans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * VST-8: records the visit of a plan, once.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public VisitPlan record(UUID planId, Long expectedVersion, Instant visitedAt, String visitorStaffId,
			Satisfaction satisfaction, String customerOpinion, String summary) {
		VisitPlan plan = get(planId);
		if (expectedVersion != null && !expectedVersion.equals(plan.version())) {
			throw new StaleVersionException("Visit plan", planId, expectedVersion, plan.version());
		}
		plan.record(visitedAt, visitorStaffId, satisfaction, customerOpinion, summary, clock.instant());
		return plans.save(plan);
	}

	@Transactional(readOnly = true)
	public VisitPlan get(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFoundException("Visit plan", planId));
	}

}
