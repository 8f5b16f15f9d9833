package cn.aode.servicedesk.assist.errand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A customer's voluntary authorisation (授权委托书, AST-7): who authorised the help desk, for
 * which permits, from when until when, and the reference of the signed paper; revocable.
 */
@Table("authorisation")
public class Authorisation extends Aggregate<Authorisation> {

	@Id
	private final UUID id;

	private final String number;

	private final String customerId;

	private final String customerName;

	/** The permits covered, comma-separated codes (the column keeps them as text). */
	private final String permits;

	private final LocalDate validFrom;

	private final LocalDate validUntil;

	private final String signatureRef;

	private final String recordedBy;

	private final Instant recordedAt;

	private Instant revokedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Authorisation(UUID id, String number, String customerId, String customerName, String permits, LocalDate validFrom,
			LocalDate validUntil, String signatureRef, String recordedBy, Instant recordedAt, Instant revokedAt,
			Long version) {
		this.id = id;
		this.number = number;
		this.customerId = customerId;
		this.customerName = customerName;
		this.permits = permits;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.signatureRef = signatureRef;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	/**
	 * AST-7: an authorisation is voluntary — the customer's own decision, signed — and
	 * names the permits it covers and its validity.
	 */
	static Authorisation given(String number, String customerId, String customerName, Set<Permit> permits,
			LocalDate validFrom, LocalDate validUntil, String signatureRef, boolean voluntary, String recordedBy,
			Instant now) {
		if (!voluntary) {
			throw new RuleViolationException("AST-7",
					"The help desk handles approvals only with the customer's voluntary authorisation");
		}
		if (permits.isEmpty()) {
			throw new IllegalArgumentException("An authorisation names the permits it covers");
		}
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException(
					"An authorisation is valid until " + validUntil + ", before it begins on " + validFrom);
		}
		return new Authorisation(UUID.randomUUID(), number, customerId, customerName,
				permits.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), validFrom, validUntil,
				signatureRef, recordedBy, now, null, null);
	}

	/** The customer withdraws the authorisation; errands under it can no longer begin. */
	void revoke(Instant now) {
		if (revokedAt != null) {
			throw new InvalidStateException("Authorisation " + number + " was revoked at " + revokedAt);
		}
		this.revokedAt = now;
	}

	/**
	 * AST-7: whether an errand for the permit may begin on {@code day} under this
	 * authorisation; the reason it may not, or null.
	 */
	String refusalFor(Permit permit, LocalDate day) {
		if (revokedAt != null) {
			return "authorisation " + number + " was revoked at " + revokedAt;
		}
		if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
			return "authorisation " + number + " is valid from " + validFrom + " to " + validUntil + ", not on " + day;
		}
		if (!permits().contains(permit)) {
			return "authorisation " + number + " covers " + permits() + ", not " + permit;
		}
		return null;
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String customerId() {
		return customerId;
	}

	public String customerName() {
		return customerName;
	}

	public Set<Permit> permits() {
		return Arrays.stream(permits.split(","))
			.map(Permit::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Permit.class)));
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validUntil() {
		return validUntil;
	}

	public String signatureRef() {
		return signatureRef;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
