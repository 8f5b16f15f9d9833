package cn.aode.servicedesk.appointment.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * How long appointments hold their staff member and how many the hall takes at once
 * (APT-6).
 *
 * @param hallLength the span of a hall appointment from its agreed time; also the length
 * of the hall's slots, counted from midnight (Asia/Shanghai)
 * @param homeVisitLength the time at the applicant's address from the agreed time
 * @param homeVisitBuffer travel time held before and after a home visit
 * @param hallCapacityPerSlot how many hall appointments may be agreed in one slot
 * @param serviceCenterStaff the staff of the service center proposed when the customer's
 * specialist is taken: a configured list until an organisation projection from
 * specialist-service exists
 */
@ConfigurationProperties("servicedesk.appointments")
public record SchedulingProperties(@DefaultValue("PT30M") Duration hallLength,
		@DefaultValue("PT1H") Duration homeVisitLength, @DefaultValue("PT30M") Duration homeVisitBuffer,
		@DefaultValue("3") int hallCapacityPerSlot, @DefaultValue List<String> serviceCenterStaff) {

	public SchedulingProperties {
		if (hallLength.isNegative() || hallLength.isZero() || homeVisitLength.isNegative() || homeVisitLength.isZero()
				|| homeVisitBuffer.isNegative()) {
			throw new IllegalArgumentException("Appointment lengths are positive and buffers not negative");
		}
		if (hallCapacityPerSlot < 1) {
			throw new IllegalArgumentException("The hall takes at least one appointment per slot");
		}
		serviceCenterStaff = List.copyOf(serviceCenterStaff);
	}

	/** What a hall appointment at {@code agreedTime} holds. */
	public Span hallSpan(Instant agreedTime) {
		return new Span(agreedTime, agreedTime.plus(hallLength));
	}

	/**
	 * What a home visit at {@code agreedTime} holds, travel before and after included.
	 */
	public Span homeVisitSpan(Instant agreedTime) {
		return new Span(agreedTime.minus(homeVisitBuffer), agreedTime.plus(homeVisitLength).plus(homeVisitBuffer));
	}

	/** The hall slot an agreed time falls in. */
	public Span hallSlotOf(Instant agreedTime) {
		ZonedDateTime midnight = agreedTime.atZone(CaseNumbers.BUSINESS_ZONE)
			.toLocalDate()
			.atStartOfDay(CaseNumbers.BUSINESS_ZONE);
		long index = Duration.between(midnight.toInstant(), agreedTime).dividedBy(hallLength);
		Instant start = midnight.toInstant().plus(hallLength.multipliedBy(index));
		return new Span(start, start.plus(hallLength));
	}

}
