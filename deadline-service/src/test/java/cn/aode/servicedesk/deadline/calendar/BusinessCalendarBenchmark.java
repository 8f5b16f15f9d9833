package cn.aode.servicedesk.deadline.calendar;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-day arithmetic throughput on one thread (target: at least 5 million operations
 * per second). Spans up to three years, so a day-by-day loop would show. Run with
 * {@code ./mvnw -q -pl deadline-service -Pjmh test-compile exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class BusinessCalendarBenchmark {

	private static final int SAMPLES = 4096;

	private BusinessCalendar calendar;

	private final LocalDate[] starts = new LocalDate[SAMPLES];

	private final LocalDate[] ends = new LocalDate[SAMPLES];

	private final int[] counts = new int[SAMPLES];

	private int next;

	@Setup
	public void setUp() {
		calendar = OfficialCalendarData.calendar(false);
		SplittableRandom random = new SplittableRandom(42);
		LocalDate first = LocalDate.of(2018, 1, 1);
		for (int i = 0; i < SAMPLES; i++) {
			starts[i] = first.plusDays(random.nextInt(365 * 5));
			ends[i] = starts[i].plusDays(random.nextInt(365 * 3));
			counts[i] = random.nextInt(1, 500);
		}
	}

	@Benchmark
	public LocalDate addWorkingDays() {
		int i = next++ & (SAMPLES - 1);
		return calendar.addWorkingDays(starts[i], counts[i]);
	}

	@Benchmark
	public int countWorkingDays() {
		int i = next++ & (SAMPLES - 1);
		return calendar.countWorkingDays(starts[i], ends[i]);
	}

}
