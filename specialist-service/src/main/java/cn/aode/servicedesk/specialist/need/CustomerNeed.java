package cn.aode.servicedesk.specialist.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.problem.NotFoundException;

/**
 * A customer's need (客户需求) as the specialist took it, with one part per department it was
 * submitted to. Each part asks deadline-service to watch its limit; when every part is
 * done the answers are consolidated into one reply to the customer.
 */
@Table("customer_need")
public class CustomerNeed extends AbstractAggregateRoot<CustomerNeed> {

	static final String SERVICE = "specialist-service";

	/** The purpose of a part's clock is this prefix and the department id. */
	static final String PART_PURPOSE_PREFIX = "department-";

	@Id
	private final UUID id;

	private final String number;

	private final String customerCrmId;

	private final String specialistId;

	private final String title;

	private final String description;

	private final String preparedInformation;

	private NeedStatus status;

	private String consolidatedAnswer;

	private final Instant submittedAt;

	private Instant answeredAt;

	@MappedCollection(idColumn = "need_id", keyColumn = "position")
	private final List<NeedPart> parts;

	@Version
	private Long version;

	@PersistenceCreator
	CustomerNeed(UUID id, String number, String customerCrmId, String specialistId, String title, String description,
			String preparedInformation, NeedStatus status, String consolidatedAnswer, Instant submittedAt,
			Instant answeredAt, List<NeedPart> parts, Long version) {
		this.id = id;
		this.number = number;
		this.customerCrmId = customerCrmId;
		this.specialistId = specialistId;
		this.title = title;
		this.description = description;
		this.preparedInformation = preparedInformation;
		this.status = status;
		this.consolidatedAnswer = consolidatedAnswer;
		this.submittedAt = submittedAt;
		this.answeredAt = answeredAt;
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
	static CustomerNeed submit(String number, String customerCrmId, String specialistId, String title,
			String description, String preparedInformation, List<Routing> routings, Instant now) {
		List<NeedPart> parts = routings.stream()
			.map(routing -> NeedPart.pending(routing.departmentId(), routing.headStaffId(), routing.policy()))
			.toList();
		CustomerNeed need = new CustomerNeed(UUID.randomUUID(), number, customerCrmId, specialistId, title, description,
				preparedInformation, NeedStatus.SUBMITTED, null, now, null, parts, null);
		for (Routing routing : routings) {
			need.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, need.subjectOf(routing.departmentId()),
					title + "（" + routing.departmentName() + "）", routing.policy(), now, "CUSTOMER_PROMISE",
					routing.headStaffId(), routing.departmentName(), false));
		}
		return need;
	}

	/** The department head takes on their part. */
	void accept(String departmentId) {
		part(departmentId).accept();
	}

	/**
	 * The department head completes their part (stopping its clock); when it is the last
	 * one the answers are consolidated for the customer (集中反馈).
	 */
	void complete(String departmentId, String answer, String completedBy, Instant now) {
		part(departmentId).complete(answer, completedBy, now);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, subjectOf(departmentId), true));
		if (parts.stream().allMatch(part -> part.status() == PartStatus.COMPLETED)) {
			this.status = NeedStatus.ANSWERED;
			this.answeredAt = now;
			this.consolidatedAnswer = parts.stream()
				.map(part -> "【" + part.departmentId() + "】" + part.answer())
				.collect(Collectors.joining("\n"));
		}
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
		return title;
	}

	public String description() {
		return description;
	}

	public String preparedInformation() {
		return preparedInformation;
	}

	public NeedStatus status() {
		return status;
	}

	public String consolidatedAnswer() {
		return consolidatedAnswer;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public List<NeedPart> parts() {
		return List.copyOf(parts);
	}

	public Long version() {
		return version;
	}

}
