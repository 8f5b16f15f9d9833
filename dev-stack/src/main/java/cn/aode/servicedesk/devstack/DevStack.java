package cn.aode.servicedesk.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import cn.aode.servicedesk.devstack.ServiceCatalog.Service;
import cn.aode.servicedesk.infra.Directories;
import cn.aode.servicedesk.infra.Ports;
import cn.aode.servicedesk.infra.kafka.EmbeddedKafka;
import cn.aode.servicedesk.infra.postgres.EmbeddedPostgres;
import cn.aode.servicedesk.platform.ServiceApplication;

/**
 * The running system: PostgreSQL, Kafka, every service and the gateway. {@link #close()}
 * stops all of it, in reverse order, and leaves nothing running.
 */
public final class DevStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevStack.class);

	private static final Duration GATEWAY_READY_TIMEOUT = Duration.ofSeconds(90);

	private final EmbeddedPostgres postgres;

	private final EmbeddedKafka kafka;

	private final List<ConfigurableApplicationContext> services = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, URI> serviceUrls = Collections.synchronizedMap(new LinkedHashMap<>());

	private Process gateway;

	private URI gatewayUrl;

	private DevStack(DevStackOptions options) {
		Path dataDir = options.dataDir().toAbsolutePath().normalize();
		this.postgres = new EmbeddedPostgres(dataDir.resolve("postgres"), options.postgresPort(), true);
		this.kafka = new EmbeddedKafka(dataDir.resolve("kafka"), options.kafkaPort());
	}

	/** Starts everything and returns once the gateway answers as ready. */
	public static DevStack start(DevStackOptions options) {
		if (!Files.isRegularFile(options.gatewayJar())) {
			throw new IllegalStateException("Gateway jar not found at " + options.gatewayJar().toAbsolutePath()
					+ "; build first (bin/dev-stack does) or set -Ddevstack.gateway-jar");
		}
		// many applications share this JVM: logback.xml configures logging once for all
		// of them
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		DevStack stack = new DevStack(options);
		try {
			stack.startAll(options);
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	public URI gatewayUrl() {
		return gatewayUrl;
	}

	/** Base URL of each service by name, for direct calls that skip the gateway. */
	public Map<String, URI> serviceUrls() {
		return Map.copyOf(serviceUrls);
	}

	public EmbeddedPostgres postgres() {
		return postgres;
	}

	public EmbeddedKafka kafka() {
		return kafka;
	}

	/** The gateway's process, for measuring it. */
	public ProcessHandle gatewayProcess() {
		return gateway.toHandle();
	}

	private void startAll(DevStackOptions options) {
		if (options.fresh()) {
			postgres.discardData();
			Directories.deleteRecursively(options.dataDir().resolve("kafka"));
		}
		postgres.start();
		ServiceCatalog.SERVICES.forEach(service -> postgres.createDatabaseIfMissing(service.database()));
		kafka.start();
		startServices(options);
		startGateway(options);
	}

	private void startServices(DevStackOptions options) {
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (Service service : ServiceCatalog.SERVICES) {
				int port = Ports.preferred(options.servicePorts() ? service.preferredPort() : 0, service.name());
				started.add(starter.submit(() -> startService(service, port)));
			}
			for (Future<?> future : started) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A service failed to start: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting services", ex);
		}
		finally {
			starter.shutdownNow();
		}
	}

	private void startService(Service service, int port) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", port);
		properties.put("spring.datasource.url", postgres.jdbcUrl(service.database()));
		properties.put("spring.datasource.username", EmbeddedPostgres.SUPERUSER);
		properties.put("spring.datasource.password", "");
		properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
		properties.put("spring.main.banner-mode", "off");
		// one JVM, many applications: the logged application name would be whichever
		// started last
		properties.put("logging.include-application-name", false);
		properties.put("spring.datasource.hikari.maximum-pool-size", 3);
		properties.put("server.tomcat.threads.max", 20);
		properties.put("server.tomcat.threads.min-spare", 2);
		// on one machine, overdue clocks should show within seconds rather than half a
		// minute
		properties.put("servicedesk.deadlines.scan-interval", "PT2S");
		// as command-line arguments they win over the service's own configuration files
		String[] args = properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = ServiceApplication.builder(service.application(), service.name())
			.registerShutdownHook(false)
			.run(args);
		services.add(context);
		serviceUrls.put(service.name(), URI.create("http://127.0.0.1:" + port));
		log.info("{} listening on port {}", service.name(), port);
	}

	private void startGateway(DevStackOptions options) {
		int port = Ports.preferred(options.gatewayPort(), "gateway");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms32m", "-Xmx160m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", options.gatewayJar().toAbsolutePath().toString(),
				"--server.port=" + port, "--spring.main.banner-mode=off"));
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		for (Service service : ServiceCatalog.SERVICES) {
			builder.environment()
				.put("SERVICES_" + service.envKey() + "_URL", serviceUrls.get(service.name()).toString());
		}
		try {
			gateway = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the gateway", ex);
		}
		gatewayUrl = URI.create("http://localhost:" + port);
		awaitGatewayReady();
	}

	private void awaitGatewayReady() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest ready = HttpRequest.newBuilder(gatewayUrl.resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + GATEWAY_READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!gateway.isAlive()) {
				throw new IllegalStateException("The gateway exited with code " + gateway.exitValue());
			}
			try {
				if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the gateway", ex);
			}
			try {
				gateway.waitFor(250, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the gateway", ex);
			}
		}
		throw new IllegalStateException("The gateway was not ready within " + GATEWAY_READY_TIMEOUT.toSeconds() + " s");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Stops the gateway, the services, Kafka and PostgreSQL, in that order. */
	@Override
	public synchronized void close() {
		if (gateway != null) {
			gateway.destroy();
			try {
				if (!gateway.waitFor(15, TimeUnit.SECONDS)) {
					gateway.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				gateway.destroyForcibly();
				Thread.currentThread().interrupt();
			}
			gateway = null;
		}
		List<ConfigurableApplicationContext> running = new ArrayList<>(services);
		Collections.reverse(running);
		for (ConfigurableApplicationContext context : running) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				log.warn("Closing a service failed: {}", ex.getMessage());
			}
		}
		services.clear();
		kafka.stop();
		postgres.stop();
	}

}
