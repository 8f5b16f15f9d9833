package cn.aode.servicedesk.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application that needs its own JVM (the WebFlux gateway, the auth-server with its
 * own security setup), started from its executable jar and ready once its readiness probe
 * answers 200. {@link #close()} stops it with SIGTERM, forcibly after 15 s;
 * {@link #kill()} stops it as a crash would. Like the dev stack's own JVM it runs C1
 * only, unless {@code devstack.jit} is {@code c2}
 * ({@code DEV_STACK_JIT=c2 bin/dev-stack}), and maps its class-data archive when the
 * stack has them ({@link ClassDataArchives}).
 */
public final class SeparateJvm implements AutoCloseable {

	private final String name;

	private final Process process;

	private final URI url;

	private SeparateJvm(String name, Process process, URI url) {
		this.name = name;
		this.process = process;
		this.url = url;
	}

	/**
	 * @param heap the maximum heap, e.g. {@code 160m}
	 * @param arguments the application's command-line arguments
	 * @param environment variables added to this JVM's environment
	 */
	static SeparateJvm start(String name, Path jar, int port, String heap, List<String> arguments,
			Map<String, String> environment) {
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-Xms32m", "-Xmx" + heap, "-XX:+UseSerialGC", "-Xss512k"));
		if (!"c2".equals(System.getProperty("devstack.jit"))) {
			command.add("-XX:TieredStopAtLevel=1");
		}
		ClassDataArchives.configured().ifPresent(archives -> command.addAll(archives.jvmOptions(name)));
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.main.banner-mode=off"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		builder.environment().putAll(environment);
		try {
			return new SeparateJvm(name, builder.start(), URI.create("http://localhost:" + port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the " + name, ex);
		}
	}

	public String name() {
		return name;
	}

	public URI url() {
		return url;
	}

	public ProcessHandle handle() {
		return process.toHandle();
	}

	/** Waits until {@code /actuator/health/readiness} answers 200. */
	public void awaitReady(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest ready = HttpRequest.newBuilder(url.resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The " + name + " exited with code " + process.exitValue());
				}
				try {
					if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				process.waitFor(250, TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the " + name, ex);
		}
		throw new IllegalStateException("The " + name + " was not ready within " + timeout.toSeconds() + " s");
	}

	/**
	 * Kills it with SIGKILL, as a crash or the OOM killer would: no shutdown hook, no
	 * graceful shutdown; returns once it is gone.
	 */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(15, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
