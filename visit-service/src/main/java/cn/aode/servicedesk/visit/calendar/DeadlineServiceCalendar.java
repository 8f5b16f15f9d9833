package cn.aode.servicedesk.visit.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The business calendar as deadline-service keeps it (its public month read), one request
 * per month kept for {@code servicedesk.visits.calendar.keep}; behind a circuit breaker
 * whose fallback is an ordinary week, flagged as an estimate, when deadline-service
 * cannot answer or the year is not announced — a fallback month is asked again after a
 * minute.
 */
@Component
class DeadlineServiceCalendar implements BusinessCalendar {

	private static final Logger log = LoggerFactory.getLogger(DeadlineServiceCalendar.class);

	private static final Duration KEEP_FALLBACK = Duration.ofMinutes(1);

	private final RestClient client;

	private final CircuitBreaker breaker;

	private final Clock clock;

	private final Duration keep;

	private final Map<YearMonth, Month> months = new ConcurrentHashMap<>();

	DeadlineServiceCalendar(RestClient.Builder builder, CircuitBreakerFactory<?, ?> breakers, Clock clock,
			@Value("${servicedesk.visits.calendar.uri:http://localhost:8084}") String uri,
			@Value("${servicedesk.visits.calendar.timeout:PT2S}") Duration timeout,
			@Value("${servicedesk.visits.calendar.keep:PT1H}") Duration keep) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
		this.client = builder.clone().baseUrl(uri).requestFactory(requests).build();
		this.breaker = breakers.create("business-calendar");
		this.clock = clock;
		this.keep = keep;
	}

	@Override
	public BusinessDay day(LocalDate date) {
		YearMonth month = YearMonth.from(date);
		Instant now = clock.instant();
		Month known = months.get(month);
		if (known == null || known.expiresAt().isBefore(now)) {
			known = breaker.run(() -> read(month, now), failure -> ordinary(month, now, failure));
			months.put(month, known);
		}
		return known.days().get(date);
	}

	private Month read(YearMonth month, Instant now) {
		MonthView view = client.get().uri("/api/v1/calendar/months/{month}", month).retrieve().body(MonthView.class);
		return new Month(view.days()
			.stream()
			.map(day -> new BusinessDay(day.date(), day.workingDay(), "HOLIDAY".equals(day.kind().code()), day.name(),
					day.estimate()))
			.collect(Collectors.toMap(BusinessDay::date, Function.identity())), now.plus(keep));
	}

	private static Month ordinary(YearMonth month, Instant now, Throwable failure) {
		log.warn("Business calendar for {} not readable from deadline-service ({}); planning on ordinary weeks", month,
				failure.toString());
		return new Month(month.atDay(1)
			.datesUntil(month.plusMonths(1).atDay(1))
			.collect(Collectors.toMap(Function.identity(), BusinessDay::ordinary)), now.plus(KEEP_FALLBACK));
	}

	private record Month(Map<LocalDate, BusinessDay> days, Instant expiresAt) {
	}

	/** The part of deadline-service's month answer this reads. */
	record MonthView(List<DayView> days) {
	}

	record DayView(LocalDate date, KindView kind, boolean workingDay, String name, boolean estimate) {
	}

	record KindView(String code) {
	}

}
