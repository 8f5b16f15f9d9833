package cn.aode.servicedesk.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/dev-stack}: starts everything, prints where to find it, and runs until
 * Ctrl-C, which stops everything.
 */
public final class DevStackMain {

	private static final String USAGE = """
			Usage: bin/dev-stack [--fresh] [--data-dir DIR] [--postgres-port N] [--kafka-port N] [--gateway-port N] [--exit-when-ready]
			  --fresh            wipe the data directory first (default .dev-stack/)
			  --exit-when-ready  start, print start time and memory, stop (for measurements)
			Ports already taken fall back to free ones (the log says which).""";

	private DevStackMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		DevStackOptions options = DevStackOptions.defaults();
		boolean exitWhenReady = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--fresh" -> options = options.withFresh(true);
				case "--data-dir" -> options = options.withDataDir(Path.of(value(args, ++i)));
				case "--postgres-port" -> options = options.withPorts(Integer.parseInt(value(args, ++i)),
						options.kafkaPort(), options.gatewayPort());
				case "--kafka-port" -> options = options.withPorts(options.postgresPort(),
						Integer.parseInt(value(args, ++i)), options.gatewayPort());
				case "--gateway-port" -> options = options.withPorts(options.postgresPort(), options.kafkaPort(),
						Integer.parseInt(value(args, ++i)));
				case "--exit-when-ready" -> exitWhenReady = true;
				case "--help", "-h" -> {
					System.out.println(USAGE);
					return;
				}
				default -> {
					System.err.println("Unknown option " + args[i] + "\n" + USAGE);
					System.exit(2);
				}
			}
		}
		long begin = System.nanoTime();
		DevStack stack = DevStack.start(options);
		Duration startup = Duration.ofNanos(System.nanoTime() - begin);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping the dev stack…");
			stack.close();
			stopped.countDown();
		}, "dev-stack-shutdown"));
		String summary = summary(stack, options, startup);
		recordClassData(stack);
		System.out.println(summary);
		if (exitWhenReady) {
			System.exit(0);
		}
		stopped.await();
	}

	/**
	 * The first start after a build records each JVM's class data for the next ones;
	 * before the ready line, so that whoever waits for it finds the machine quiet.
	 */
	private static void recordClassData(DevStack stack) {
		ClassDataArchives.configured().ifPresent(archives -> {
			long begin = System.nanoTime();
			if (archives.recordMissing(stack.jvms())) {
				System.out.printf("Recorded the JVMs' class data for faster starts in %.1f s%n",
						(System.nanoTime() - begin) / 1e9);
			}
		});
	}

	private static String summary(DevStack stack, DevStackOptions options, Duration startup) {
		String gateway = stack.gatewayUrl().toString();
		return """

				============================================================
				 Aode Service Desk is ready in %.1f s
				 Gateway      %s
				 Auth-server  %s (demo users clerk-1, gm-01, head-01, spc-01, cust-7, ...;
				              password demo-password; clients crm, ops)
				 Swagger UI   %s/swagger-ui.html
				 Health       %s/actuator/health
				 PostgreSQL   127.0.0.1:%d (user postgres, one database per service)
				 Kafka        %s
				 Data         %s (bin/dev-stack --fresh starts empty)
				 Memory       %s

				 Try it (every API call needs a token; bin/token gets one with curl):
				   TOKEN=$(AUTH=%s bin/token clerk-1)
				   curl -s -X POST %s/api/v1/complaints -H "Authorization: Bearer $TOKEN" \\
				     -H 'Content-Type: application/json' \\
				     -d '{"customerName":"王丽","customerPhone":"13812345678","channel":"PHONE","content":"燃气表读数异常"}'

				 Ctrl-C stops everything.
				============================================================
				""".formatted(startup.toMillis() / 1000.0, gateway, stack.authServerUrl(), gateway, gateway,
				stack.postgres().port(), stack.kafka().bootstrapServers(),
				options.dataDir().toAbsolutePath().normalize(), Footprint.of(stack).describe(), stack.authServerUrl(),
				gateway);
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			System.err.println("Missing value for " + args[index - 1] + "\n" + USAGE);
			System.exit(2);
		}
		return args[index];
	}

}
