package cn.aode.servicedesk.specialist.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.customer.CustomerUpserted;

/**
 * A customer as the CRM knows it, keyed by the CRM id. Registers {@link CustomerUpserted}
 * when created or changed, never when an upsert repeats what is stored.
 */
@Table("customer")
public class Customer extends AbstractAggregateRoot<Customer> {

	@Id
	private final String crmId;

	private CustomerKind kind;

	private String name;

	private String phone;

	private String idNumber;

	private String address;

	private boolean specialCare;

	private String preferredContactWindows;

	private LocalDate gasConnectedOn;

	private LocalDate projectAcceptedOn;

	private boolean hasGasNeed;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Customer(String crmId, CustomerKind kind, String name, String phone, String idNumber, String address,
			boolean specialCare, String preferredContactWindows, LocalDate gasConnectedOn, LocalDate projectAcceptedOn,
			boolean hasGasNeed, Instant updatedAt, Long version) {
		this.crmId = crmId;
		this.kind = kind;
		this.name = name;
		this.phone = phone;
		this.idNumber = idNumber;
		this.address = address;
		this.specialCare = specialCare;
		this.preferredContactWindows = preferredContactWindows;
		this.gasConnectedOn = gasConnectedOn;
		this.projectAcceptedOn = projectAcceptedOn;
		this.hasGasNeed = hasGasNeed;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A customer the CRM names for the first time. */
	static Customer create(String crmId, CustomerData data, Instant now) {
		Customer customer = new Customer(crmId, null, null, null, null, null, false, null, null, null, false, null,
				null);
		customer.take(data, now);
		return customer;
	}

	/**
	 * Takes the CRM's current values.
	 * @return whether anything changed (and an event was registered)
	 */
	boolean apply(CustomerData data, Instant now) {
		if (data().equals(data)) {
			return false;
		}
		take(data, now);
		return true;
	}

	private void take(CustomerData data, Instant now) {
		this.kind = data.kind();
		this.name = data.name();
		this.phone = data.phone();
		this.idNumber = data.idNumber();
		this.address = data.address();
		this.specialCare = data.specialCare();
		this.preferredContactWindows = data.preferredContactWindows();
		this.gasConnectedOn = data.gasConnectedOn();
		this.projectAcceptedOn = data.projectAcceptedOn();
		this.hasGasNeed = data.hasGasNeed();
		this.updatedAt = now;
		registerEvent(new CustomerUpserted(UUID.randomUUID(), now, crmId, kind.name(), name, phone, address,
				specialCare, preferredContactWindows, gasConnectedOn, projectAcceptedOn, hasGasNeed));
	}

	/** The stored values, comparable with what the CRM sends. */
	public CustomerData data() {
		return new CustomerData(kind, name, phone, idNumber, address, specialCare, preferredContactWindows,
				gasConnectedOn, projectAcceptedOn, hasGasNeed);
	}

	/**
	 * Events registered and not yet published (they are published when the customer is
	 * saved).
	 */
	Collection<Object> pendingEvents() {
		return domainEvents();
	}

	public String crmId() {
		return crmId;
	}

	public CustomerKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String phone() {
		return phone;
	}

	public String idNumber() {
		return idNumber;
	}

	public String address() {
		return address;
	}

	/** Elderly, weak, sick or disabled (老弱病残): served with priority (APT-3). */
	public boolean specialCare() {
		return specialCare;
	}

	public String preferredContactWindows() {
		return preferredContactWindows;
	}

	public LocalDate gasConnectedOn() {
		return gasConnectedOn;
	}

	public LocalDate projectAcceptedOn() {
		return projectAcceptedOn;
	}

	/** A gas need or intent: such a customer must have a specialist (SPC-1). */
	public boolean hasGasNeed() {
		return hasGasNeed;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	public Long version() {
		return version;
	}

}
