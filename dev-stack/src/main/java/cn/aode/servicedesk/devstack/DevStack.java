package cn.aode.servicedesk.devstack;

import java.net.URI;
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
 * The running system: PostgreSQL, Kafka, the auth-server, every service and the gateway.
 * {@link #close()} stops all of it, in reverse order, and leaves nothing running.
 */
public final class DevStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevStack.class);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	/** The auth-server's database on the shared PostgreSQL. */
	private static final String AUTH_DATABASE = "auth";

	private final EmbeddedPostgres postgres;

	private final EmbeddedKafka kafka;

	private final List<ConfigurableApplicationContext> services = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, URI> serviceUrls = Collections.synchronizedMap(new LinkedHashMap<>());

	private SeparateJvm authServer;

	private SeparateJvm gateway;

	private DevStack(DevStackOptions options) {
		Path dataDir = options.dataDir().toAbsolutePath().normalize();
		this.postgres = new EmbeddedPostgres(dataDir.resolve("postgres"), options.postgresPort(), true);
		this.kafka = new EmbeddedKafka(dataDir.resolve("kafka"), options.kafkaPort());
	}

	/**
	 * Starts everything and returns once the auth-server and the gateway answer as ready.
	 */
	public static DevStack start(DevStackOptions options) {
		requireJar("Gateway", options.gatewayJar(), "devstack.gateway-jar");
		requireJar("Auth-server", options.authServerJar(), "devstack.auth-server-jar");
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
		return gateway.url();
	}

	/** The auth-server: the tokens' issuer, where users log in and clients get tokens. */
	public URI authServerUrl() {
		return authServer.url();
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
		return gateway.handle();
	}

	/** Every JVM of the stack by name, this one included ({@link ClassDataArchives}). */
	Map<String, ProcessHandle> jvms() {
		return Map.of(ClassDataArchives.SERVICES, ProcessHandle.current(), gateway.name(), gateway.handle(),
				authServer.name(), authServer.handle());
	}

	/** The auth-server's process, for measuring it. */
	public ProcessHandle authServerProcess() {
		return authServer.handle();
	}

	private void startAll(DevStackOptions options) {
		if (options.fresh()) {
			postgres.discardData();
			Directories.deleteRecursively(options.dataDir().resolve("kafka"));
		}
		postgres.start();
		ServiceCatalog.SERVICES.forEach(service -> postgres.createDatabaseIfMissing(service.database()));
		postgres.createDatabaseIfMissing(AUTH_DATABASE);
		Map<String, Integer> ports = servicePorts(options);
		// the auth-server and the gateway start in their own JVMs while this one starts
		// Kafka and the services: on two cores the starts overlap instead of queueing
		startAuthServer(options);
		startGateway(options, ports);
		kafka.start();
		startServices(ports);
		authServer.awaitReady(READY_TIMEOUT);
		gateway.awaitReady(READY_TIMEOUT);
	}

	/**
	 * The auth-server in its own JVM with the dev profile: demo accounts and clients,
	 * tokens issued as {@code http://localhost:<port>}.
	 */
	private void startAuthServer(DevStackOptions options) {
		int port = Ports.preferred(options.authPort(), "auth-server");
		String issuer = "http://localhost:" + port;
		authServer = SeparateJvm.start("auth-server", options.authServerJar(), port, "128m",
				List.of("--spring.profiles.active=dev", "--spring.datasource.url=" + postgres.jdbcUrl(AUTH_DATABASE),
						"--spring.datasource.username=" + EmbeddedPostgres.SUPERUSER, "--spring.datasource.password=",
						"--spring.security.oauth2.authorizationserver.issuer=" + issuer),
				Map.of());
		log.info("auth-server starting on port {}", port);
	}

	private String jwkSetUri() {
		return "http://127.0.0.1:" + authServer.url().getPort() + "/oauth2/jwks";
	}

	private static Map<String, Integer> servicePorts(DevStackOptions options) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (Service service : ServiceCatalog.SERVICES) {
			ports.put(service.name(),
					Ports.preferred(options.servicePorts() ? service.preferredPort() : 0, service.name()));
		}
		return ports;
	}

	private void startServices(Map<String, Integer> ports) {
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (Service service : ServiceCatalog.SERVICES) {
				started.add(starter.submit(() -> startService(service, ports.get(service.name()), ports)));
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

	private void startService(Service service, int port, Map<String, Integer> ports) {
		Map<String, Object> properties = serviceProperties(service.database(), ports.get("notice-service"),
				ports.get("deadline-service"));
		properties.put("server.port", port);
		properties.put("spring.main.banner-mode", "off");
		// one JVM, many applications: the logged application name would be whichever
		// started last
		properties.put("logging.include-application-name", false);
		properties.put("spring.datasource.hikari.maximum-pool-size", 3);
		properties.put("server.tomcat.threads.max", 20);
		properties.put("server.tomcat.threads.min-spare", 2);
		String[] args = asArguments(properties).toArray(String[]::new);
		ConfigurableApplicationContext context = ServiceApplication.builder(service.application(), service.name())
			.registerShutdownHook(false)
			.run(args);
		services.add(context);
		serviceUrls.put(service.name(), serviceUrl(port));
		log.info("{} listening on port {}", service.name(), port);
	}

	/**
	 * Starts one more instance of a service in a JVM of its own, from its executable jar,
	 * wired to this stack's PostgreSQL (database {@code database}), Kafka and
	 * auth-server: for a test that kills it and starts it again. Ready once
	 * {@link SeparateJvm#awaitReady} returns.
	 * @param arguments more command-line arguments, e.g. its own consumer group
	 */
	public SeparateJvm startSeparately(String service, Path jar, String database, int port, List<String> arguments) {
		requireJar(service, jar, "the test's jar property");
		Map<String, Object> properties = serviceProperties(database, serviceUrls.get("notice-service").getPort(),
				serviceUrls.get("deadline-service").getPort());
		List<String> all = new ArrayList<>(asArguments(properties));
		all.addAll(arguments);
		return SeparateJvm.start(service, jar, port, "192m", all, Map.of());
	}

	private Map<String, Object> serviceProperties(String database, int noticePort, int calendarPort) {
		Map<String, Object> properties = new LinkedHashMap<>();
		// the services that call another one directly find it where it listens
		properties.put("servicedesk.assist.notice.uri", "http://127.0.0.1:" + noticePort);
		properties.put("servicedesk.visits.calendar.uri", "http://127.0.0.1:" + calendarPort);
		properties.put("spring.datasource.url", postgres.jdbcUrl(database));
		properties.put("spring.datasource.username", EmbeddedPostgres.SUPERUSER);
		properties.put("spring.datasource.password", "");
		properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
		// on one machine, overdue clocks should show within seconds rather than half a
		// minute
		properties.put("servicedesk.deadlines.scan-interval", "PT2S");
		properties.put("servicedesk.security.issuer", authServer.url().toString());
		properties.put("servicedesk.security.jwk-set-uri", jwkSetUri());
		return properties;
	}

	/** As command-line arguments they win over the service's own configuration files. */
	private static List<String> asArguments(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toList();
	}

	private void startGateway(DevStackOptions options, Map<String, Integer> servicePorts) {
		int port = Ports.preferred(options.gatewayPort(), "gateway");
		Map<String, String> environment = new LinkedHashMap<>();
		for (Service service : ServiceCatalog.SERVICES) {
			environment.put("SERVICES_" + service.envKey() + "_URL",
					serviceUrl(servicePorts.get(service.name())).toString());
		}
		environment.put("AUTH_ISSUER", authServer.url().toString());
		environment.put("AUTH_JWK_SET_URI", jwkSetUri());
		gateway = SeparateJvm.start("gateway", options.gatewayJar(), port, "160m", List.of(), environment);
	}

	private static URI serviceUrl(int port) {
		return URI.create("http://127.0.0.1:" + port);
	}

	private static void requireJar(String name, Path jar, String property) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(name + " jar not found at " + jar.toAbsolutePath()
					+ "; build first (bin/dev-stack does) or set -D" + property);
		}
	}

	/**
	 * Stops the gateway, the services, the auth-server, Kafka and PostgreSQL, in that
	 * order.
	 */
	@Override
	public synchronized void close() {
		if (gateway != null) {
			gateway.close();
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
		if (authServer != null) {
			authServer.close();
			authServer = null;
		}
		kafka.stop();
		postgres.stop();
	}

}
