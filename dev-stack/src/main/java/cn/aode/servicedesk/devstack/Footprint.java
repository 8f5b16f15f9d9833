package cn.aode.servicedesk.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory of the running stack, read from {@code /proc}: this JVM (services and
 * Kafka), the gateway's and the auth-server's JVMs and every PostgreSQL process. Linux
 * only.
 */
record Footprint(long servicesKib, long gatewayKib, long authServerKib, long postgresKib) {

	static Footprint of(DevStack stack) {
		return new Footprint(rssKib(ProcessHandle.current()), rssKib(stack.gatewayProcess()),
				rssKib(stack.authServerProcess()), postgresKib(stack));
	}

	long totalKib() {
		return servicesKib + gatewayKib + authServerKib + postgresKib;
	}

	String describe() {
		return String.format(
				"%d MiB total RSS (services + Kafka JVM %d MiB, gateway JVM %d MiB, auth-server JVM %d MiB,"
						+ " PostgreSQL %d MiB)",
				totalKib() / 1024, servicesKib / 1024, gatewayKib / 1024, authServerKib / 1024, postgresKib / 1024);
	}

	private static long postgresKib(DevStack stack) {
		Path pidFile = stack.postgres().dataDir().resolve("postmaster.pid");
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			return ProcessHandle.of(pid)
				.map(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants())
					.mapToLong(Footprint::rssKib)
					.sum())
				.orElse(0L);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long rssKib(ProcessHandle process) {
		try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
			return lines.filter(line -> line.startsWith("VmRSS:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
