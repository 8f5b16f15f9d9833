package cn.aode.servicedesk.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.cases.CaseNumbers;

/** Turns facts from other areas into visit plans. */
@Service
public class VisitPlanning {

	/** Prefix of visit plan numbers (回访). */
	static final String NUMBER_PREFIX = "HF";

	private final VisitPlans plans;

	private final CaseNumbers numbers;

	private final Clock clock;

	private final Period complaintRevisitWithin;

	VisitPlanning(VisitPlans plans, CaseNumbers numbers, Clock clock,
			@Value("${servicedesk.visits.complaint-revisit-within:P3D}") Period complaintRevisitWithin) {
		this.plans = plans;
		this.numbers = numbers;
		this.clock = clock;
		this.complaintRevisitWithin = complaintRevisitWithin;
	}

	/** VST-4: a handled complaint is revisited. */
	@Transactional
	public VisitPlan planComplaintRevisit(ComplaintResolved complaint) {
		LocalDate resolvedOn = LocalDate.ofInstant(complaint.occurredAt(), CaseNumbers.BUSINESS_ZONE);
		return plans.save(VisitPlan.complaintRevisit(numbers.next(NUMBER_PREFIX), complaint.complaintId().toString(),
				complaint.complaintNumber(), complaint.customerId(), complaint.customerName(),
				complaint.customerPhone(), complaint.resolution(), resolvedOn.plus(complaintRevisitWithin),
				clock.instant()));
	}

}
