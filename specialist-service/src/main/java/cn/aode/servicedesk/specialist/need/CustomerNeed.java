package cn.aode.servicedesk.specialist.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.cases.Texts;

/**
 * A customer's need (客户需求) as the specialist took it, with one part per department it was
 * submitted to. Each part asks deadline-service to watch its limit; when every part is
 * done the answers are consolidated into one reply to the customer.
 */
@Table("customer_need")
public class CustomerNeed extends Aggregate<CustomerNeed> {

	static final String SERVICE = "specialist-service";

	private static final Texts TEXTS = Texts.of(CustomerNeed.class);

	/** The purpose of a part's clock is this prefix and the department id. */
	static final String PART_PURPOSE_PREFIX = "department-";

	@Id
	private final UUID id;

	private final String number;

	private final String customerCrmId;

	private final String specialistId;

	@Embedded.Nullable
	private final NeedContent content;

	private NeedStatus status;

	/** Null until every part is completed. */
	@Embedded.Nullable
	private ConsolidatedAnswer answer;

	private final Instant submittedAt;

	@MappedCollection(idColumn = "need_id", keyColumn = "position")
	private final List<NeedPart> parts;

	@Version
	private Long version;

	@PersistenceCreator
	CustomerNeed(UUID id, String number, String customerCrmId, String specialistId, NeedContent content,
			NeedStatus status, ConsolidatedAnswer answer, Instant submittedAt, List<NeedPart> parts, Long version) {
		this.id = id;
		this.number = number;
		this.customerCrmId = customerCrmId;
		this.specialistId = specialistId;
		this.content = content;
		this.status = status;
		this.answer = answer;
		this.submittedAt = submittedAt;
		this.parts = new ArrayList<>(parts);
		this.version = version;
	}

	/**
	 * One department a need goes to, its head, its name and the committed limit (null:
	 * DL-3 default).
	 */
	record Routing(String departmentId, String departmentName, String headStaffId, String policy) {
	}

	/**
	 * SPC-3: the specialist submits the prepared need straight to the department heads,
	 * all at once; SPC-4: each part gets a deadline clock with the head responsible.
	 */
	static CustomerNeed submit(String number, String customerCrmId, String specialistId, NeedContent content,
			List<Routing> routings, Instant now) {
		List<NeedPart> parts = routings.stream()
			.map(routing -> NeedPart.pending(routing.departmentId(), routing.headStaffId(), routing.policy()))
			.toList();
		CustomerNeed need = new CustomerNeed(UUID.randomUUID(), number, customerCrmId, specialistId, content,
				NeedStatus.SUBMITTED, null, now, parts, null);
		for (Routing routing : routings) {
			need.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, need.subjectOf(routing.departmentId()),
					TEXTS.format("part-title", content.title(), routing.departmentName()), routing.policy(), now,
					"CUSTOMER_PROMISE", routing.headStaffId(), routing.departmentName(), false));
		}
		return need;
	}

	/** SPC-4: the department head takes on their part; X-1: who and when are kept. */
	void accept(String departmentId, String acceptedBy, Instant now) {
		part(departmentId).accept(acceptedBy, now);
	}

	/**
	 * SPC-4: the department head completes their part (stopping its clock); SPC-3: when
	 * it is the last one the answers are consolidated for the customer (集中反馈).
	 */
	void complete(String departmentId, String answer, String completedBy, Instant now) {
		part(departmentId).complete(answer, completedBy, now);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, subjectOf(departmentId), true));
		if (parts.stream().allMatch(part -> part.status() == PartStatus.COMPLETED)) {
			this.status = NeedStatus.ANSWERED;
			this.answer = new ConsolidatedAnswer(
					parts.stream().map(part -> answerLine(part)).collect(Collectors.joining("\n")), now);
		}
	}

	/** One department's answer as the customer reads it in the consolidated answer. */
	static String answerLine(NeedPart part) {
		return TEXTS.format("answer-line", part.departmentId(), part.answer());
	}

	private DeadlineSubject subjectOf(String departmentId) {
		return new DeadlineSubject(SERVICE, id.toString(), number, PART_PURPOSE_PREFIX + departmentId);
	}

	private NeedPart part(String departmentId) {
		return parts.stream()
			.filter(part -> part.departmentId().equals(departmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Part of need " + number + " for department", departmentId));
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String customerCrmId() {
		return customerCrmId;
	}

	public String specialistId() {
		return specialistId;
	}

	public String title() {
		return content.title();
	}

	public String description() {
		return content.description();
	}

	public String preparedInformation() {
		return content.preparedInformation();
	}

	public NeedStatus status() {
		return status;
	}

	public String consolidatedAnswer() {
		return answer == null ? null : answer.text();
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant answeredAt() {
		return answer == null ? null : answer.at();
	}

	public List<NeedPart> parts() {
		return List.copyOf(parts);
	}

	@Override
	public Long version() {
		return version;
	}

}
