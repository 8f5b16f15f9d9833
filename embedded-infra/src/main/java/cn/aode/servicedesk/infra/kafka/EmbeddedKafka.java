package cn.aode.servicedesk.infra.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.aode.servicedesk.infra.Ports;

/**
 * A single-node Kafka (KRaft) running inside this JVM. Its ports are chosen on the first
 * start and kept, so a stopped broker comes back where its clients expect it, with its
 * data.
 */
public final class EmbeddedKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

	private static final String CONTROLLER = "CONTROLLER";

	private final Path logDir;

	private final int preferredPort;

	private int port = -1;

	private int controllerPort = -1;

	private KafkaRaftServer server;

	/**
	 * @param logDir where the broker keeps its data; formatted on first use
	 * @param preferredPort client port when free, 0 for any free port
	 */
	public EmbeddedKafka(Path logDir, int preferredPort) {
		this.logDir = logDir.toAbsolutePath().normalize();
		this.preferredPort = preferredPort;
	}

	/** Starts (or restarts) the broker and waits until it answers; returns this. */
	public synchronized EmbeddedKafka start() {
		if (server != null) {
			return this;
		}
		if (port < 0) {
			port = Ports.preferred(preferredPort, "Kafka");
			controllerPort = Ports.anyFree();
		}
		KafkaConfig config = KafkaConfig.fromProps(brokerProperties());
		formatIfNeeded();
		server = new KafkaRaftServer(config, Time.SYSTEM);
		server.startup();
		awaitReady();
		log.info("Kafka listening on {} (data in {})", bootstrapServers(), logDir);
		return this;
	}

	/** Stops the broker; a later {@link #start()} brings it back on the same port. */
	public synchronized void stop() {
		if (server == null) {
			return;
		}
		server.shutdown();
		server.awaitShutdown();
		server = null;
		log.info("Kafka on port {} stopped", port);
	}

	@Override
	public void close() {
		stop();
	}

	public synchronized boolean isRunning() {
		return server != null;
	}

	public String bootstrapServers() {
		if (port < 0) {
			throw new IllegalStateException("Kafka has not been started");
		}
		return "127.0.0.1:" + port;
	}

	private Properties brokerProperties() {
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		props.put("controller.listener.names", CONTROLLER);
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", logDir.toString());
		props.put("num.partitions", "3");
		props.put("auto.create.topics.enable", "true");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "5");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		// the default puts 128 MiB on the heap for a cleaner we barely use
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
		props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
		return props;
	}

	private void formatIfNeeded() {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		try {
			Files.createDirectories(logDir);
			new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.setNodeId(1)
				.setClusterId(Uuid.randomUuid().toString())
				.setDirectories(List.of(logDir.toString()))
				.setMetadataLogDirectory(logDir.toString())
				.setControllerListenerName(CONTROLLER)
				.setSupportedFeatures(Feature.PRODUCTION_FEATURES)
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the Kafka log directory " + logDir, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format Kafka storage in " + logDir, ex);
		}
	}

	private void awaitReady() {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		try (Admin admin = Admin.create(config)) {
			while (true) {
				try {
					if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
						return;
					}
				}
				catch (ExecutionException | TimeoutException ex) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers(), ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
	}

}
