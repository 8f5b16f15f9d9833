package cn.aode.servicedesk.platform.cases;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out case numbers as front desks expect them: prefix, business date
 * (Asia/Shanghai) and a daily counter, e.g. {@code TS20261127-0001}. The counter row is
 * locked by the upsert, so concurrent requests never share a number. {@link #next} takes
 * it inside the case's transaction (no gaps, but the prefix's next case waits for that
 * commit); {@link #nextCommitted} takes it before (no waiting, a gap when the case
 * fails).
 */
public class CaseNumbers {

	/** The business time zone of the company. */
	public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	private final Clock clock;

	public CaseNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The next number for the prefix today; call inside the transaction that creates the
	 * case: the number rolls back with it, so the day's numbers have no gaps, and the
	 * next case of the prefix waits until this transaction ends.
	 */
	public String next(String prefix) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("Case number prefix must be 2-8 capital letters: " + prefix);
		}
		LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
		int counter = jdbc
			.sql("insert into case_number (prefix, day, last) values (?, ?, 1)"
					+ " on conflict (prefix, day) do update set last = case_number.last + 1 returning last")
			.params(prefix, Date.valueOf(today))
			.query(Integer.class)
			.single();
		return prefix + DAY.format(today) + "-" + String.format("%04d", counter);
	}

	/**
	 * The next number for the prefix today, committed at once by a statement of its own:
	 * for cases created concurrently at volume (complaints from the app and the CRM),
	 * which would otherwise queue behind each other's transactions for the counter. Call
	 * it before the case's transaction; a case that then fails leaves its number unused.
	 * @throws IllegalStateException inside a transaction, where the counter would stay
	 * locked until that transaction ends
	 */
	public String nextCommitted(String prefix) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"A number committed at once is taken before the case's transaction, not inside one");
		}
		return next(prefix);
	}

}
