package cn.aode.servicedesk.specialist.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.platform.domain.Aggregate;

/**
 * A customer as the CRM knows it, keyed by the CRM id. Registers {@link CustomerUpserted}
 * when created or changed, never when an upsert repeats what is stored.
 */
@Table("customer")
public class Customer extends Aggregate<Customer> {

	@Id
	private final String crmId;

	/** What the CRM says, over the customer's own columns: it changes as one. */
	@Embedded.Nullable
	private CustomerData data;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Customer(String crmId, CustomerData data, Instant updatedAt, Long version) {
		this.crmId = crmId;
		this.data = data;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A customer the CRM names for the first time. */
	static Customer create(String crmId, CustomerData data, Instant now) {
		Customer customer = new Customer(crmId, null, null, null);
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
		this.data = data;
		this.updatedAt = now;
		registerEvent(new CustomerUpserted(UUID.randomUUID(), now, crmId, data.kind().name(), data.name(), data.phone(),
				data.address(), data.specialCare(), data.preferredContactWindows(), data.gasConnectedOn(),
				data.projectAcceptedOn(), data.hasGasNeed(), data.warrantyEndsOn()));
	}

	/** The stored values, comparable with what the CRM sends. */
	public CustomerData data() {
		return data;
	}

	public String crmId() {
		return crmId;
	}

	public CustomerKind kind() {
		return data.kind();
	}

	public String name() {
		return data.name();
	}

	public String phone() {
		return data.phone();
	}

	public String idNumber() {
		return data.idNumber();
	}

	public String address() {
		return data.address();
	}

	/** Elderly, weak, sick or disabled (老弱病残): served with priority (APT-3). */
	public boolean specialCare() {
		return data.specialCare();
	}

	public String preferredContactWindows() {
		return data.preferredContactWindows();
	}

	public LocalDate gasConnectedOn() {
		return data.gasConnectedOn();
	}

	public LocalDate projectAcceptedOn() {
		return data.projectAcceptedOn();
	}

	/** VST-2: the last day of the accepted project's warranty, or null. */
	public LocalDate warrantyEndsOn() {
		return data.warrantyEndsOn();
	}

	/** A gas need or intent: such a customer must have a specialist (SPC-1). */
	public boolean hasGasNeed() {
		return data.hasGasNeed();
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
