package cn.aode.servicedesk.complaint.procedure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * The steps of the complaint procedure (CMP-3), each in one transaction with its events
 * and its line in the complaint's history.
 */
@Service
@EnableConfigurationProperties(ComplaintSettings.class)
public class ComplaintService {

	/** Prefix of complaint numbers (投诉). */
	static final String NUMBER_PREFIX = "TS";

	private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

	private final Complaints complaints;

	private final ComplaintHistory history;

	private final CaseNumbers numbers;

	private final ComplaintSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ComplaintService(Complaints complaints, ComplaintHistory history, CaseNumbers numbers, ComplaintSettings settings,
			Clock clock, TransactionTemplate transactions) {
		this.complaints = complaints;
		this.history = history;
		this.numbers = numbers;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Accepts a complaint (CMP-2: any department, or the customer through the app) and
	 * starts its handling clock; a complaint flagged as major at intake waits for a
	 * leader (CMP-4).
	 * @param majorReason why it is major, or null
	 */
	public Complaint accept(Complainant complainant, ComplaintChannel channel, String content, Intake intake,
			String majorReason, String actor) {
		// numbered before the transaction, so that concurrent complaints do not queue for
		// the day's counter
		String number = numbers.nextCommitted(NUMBER_PREFIX);
		return transactions
			.execute(status -> accept(number, complainant, channel, content, intake, majorReason, actor));
	}

	private Complaint accept(String number, Complainant complainant, ComplaintChannel channel, String content,
			Intake intake, String majorReason, String actor) {
		Instant now = clock.instant();
		String department = intake.department() == null ? settings.officeDepartment() : intake.department();
		ComplaintCategory category = intake.category() == null ? ComplaintCategory.OTHER : intake.category();
		Complaint complaint = Complaint.accept(number, complainant, channel, content,
				new Intake(intake.receivedBy(), department, category, intake.subject(), intake.attachments(),
						intake.appointment()),
				settings.handlingLimits().get(category), settings.officeHandler(),
				"处理投诉：" + complainant.name() + "（" + category.zh() + "）", now);
		boolean major = majorReason != null && !majorReason.isBlank();
		if (major) {
			complaint.flagMajor(majorReason, actor, now);
		}
		Complaint saved = complaints.save(complaint);
		ConcernedAppointment appointment = intake.appointment();
		history.append(saved.id(),
				new ComplaintStep(now, ComplaintStepKind.ACCEPTED, actor,
						department + "受理，" + channel.zh() + "，" + category.zh() + (appointment == null ? ""
								: "，关于预约" + (appointment.number() == null ? appointment.id() : appointment.number()))));
		if (major) {
			history.append(saved.id(), new ComplaintStep(now, ComplaintStepKind.FLAGGED_MAJOR, actor, majorReason));
		}
		return saved;
	}

	@Transactional
	public Complaint flagMajor(UUID id, Long expectedVersion, String reason, String by) {
		return step(id, expectedVersion, complaint -> complaint.flagMajor(reason, by, clock.instant()),
				ComplaintStepKind.FLAGGED_MAJOR, by, reason);
	}

	@Transactional
	public Complaint acknowledgeMajor(UUID id, Long expectedVersion, String by) {
		return step(id, expectedVersion, complaint -> complaint.acknowledgeMajor(by, clock.instant()),
				ComplaintStepKind.MAJOR_ACKNOWLEDGED, by, null);
	}

	@Transactional
	public Complaint handle(UUID id, Long expectedVersion, String by, String investigation, String actions,
			ComplaintFinding finding, String staffAtFault) {
		return step(id, expectedVersion,
				complaint -> complaint.handle(by, investigation, actions, finding, staffAtFault, clock.instant()),
				ComplaintStepKind.HANDLED, by, finding == null ? actions : finding.zh() + "：" + actions);
	}

	@Transactional
	public Complaint recordApology(UUID id, Long expectedVersion, String supervisorId, String how, Instant apologisedAt,
			String by) {
		return step(id, expectedVersion,
				complaint -> complaint.recordApology(supervisorId, how,
						apologisedAt == null ? clock.instant() : apologisedAt, by),
				ComplaintStepKind.APOLOGY_RECORDED, by, supervisorId + "：" + how);
	}

	@Transactional
	public Complaint recordExplanation(UUID id, Long expectedVersion, String text, String by) {
		return step(id, expectedVersion, complaint -> complaint.recordExplanation(text, by, clock.instant()),
				ComplaintStepKind.EXPLANATION_RECORDED, by, text);
	}

	@Transactional
	public Complaint giveFeedback(UUID id, Long expectedVersion, ComplaintChannel how, String content, String by) {
		return step(id, expectedVersion, complaint -> complaint.giveFeedback(how, content, by, clock.instant()),
				ComplaintStepKind.FED_BACK, by, how.zh() + "：" + content);
	}

	@Transactional
	public Complaint protect(UUID id, Long expectedVersion, String atRisk, String measures, String by) {
		return step(id, expectedVersion, complaint -> complaint.protect(atRisk, measures, by, clock.instant()),
				ComplaintStepKind.PROTECTION_RECORDED, by, null);
	}

	/**
	 * The complaint revisit visit-service recorded (VST-4): archives the complaint, or
	 * reopens it when the customer is dissatisfied. A revisit of a complaint this service
	 * does not know, or of one not waiting for it, is logged and left alone.
	 */
	@Transactional
	public void revisited(VisitRecorded visit) {
		if (!"COMPLAINT".equals(visit.kind())) {
			return;
		}
		Complaint complaint = (visit.sourceCaseId() != null ? parse(visit.sourceCaseId()).flatMap(complaints::findById)
				: complaints.findByNumber(visit.sourceCaseNumber()))
			.orElse(null);
		if (complaint == null || complaint.status() != ComplaintStatus.FED_BACK) {
			log.warn("Revisit {} of complaint {} ignored: {}", visit.planNumber(), visit.sourceCaseNumber(),
					complaint == null ? "unknown complaint" : "the complaint is " + complaint.status());
			return;
		}
		Instant now = clock.instant();
		Revisit result = new Revisit(visit.satisfaction(), visit.customerOpinion(), visit.visitedAt(),
				visit.planNumber());
		boolean reopened = complaint.revisited(result, settings.officeHandler(),
				"再次处理投诉：" + complaint.customerName() + "（回访不满意）", now);
		history.append(complaint.id(),
				new ComplaintStep(now, reopened ? ComplaintStepKind.REOPENED : ComplaintStepKind.ARCHIVED,
						"visit-service", visit.planNumber() + " " + visit.satisfaction()
								+ (visit.customerOpinion() == null ? "" : "：" + visit.customerOpinion())));
		complaints.save(complaint);
	}

	/** Complaints of one status, or all, in the order of the pageable. */
	@Transactional(readOnly = true)
	public Page<Complaint> find(ComplaintStatus status, Pageable pageable) {
		return status == null ? complaints.findAll(pageable) : complaints.findByStatus(status, pageable);
	}

	/** One customer's own complaints. */
	@Transactional(readOnly = true)
	public Page<Complaint> findOfCustomer(String customerId, ComplaintStatus status, Pageable pageable) {
		return status == null ? complaints.findByCustomerId(customerId, pageable)
				: complaints.findByCustomerIdAndStatus(customerId, status, pageable);
	}

	/** CMP-4: the principal leaders' queue, oldest first. */
	@Transactional(readOnly = true)
	public List<Complaint> unacknowledgedMajor() {
		return complaints.findUnacknowledgedMajor();
	}

	@Transactional(readOnly = true)
	public List<ComplaintStep> history(UUID id) {
		get(id);
		return history.of(id);
	}

	@Transactional(readOnly = true)
	public Complaint get(UUID id) {
		return complaints.findById(id).orElseThrow(() -> new NotFoundException("Complaint", id));
	}

	private Complaint step(UUID id, Long expectedVersion, Consumer<Complaint> change, ComplaintStepKind kind,
			String actor, String detail) {
		Complaint complaint = get(id);
		StaleVersionException.requireCurrent("Complaint", id, expectedVersion, complaint.version());
		change.accept(complaint);
		history.append(id, new ComplaintStep(clock.instant(), kind, actor, detail));
		return complaints.save(complaint);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
