package cn.aode.servicedesk.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.sun.security.auth.module.UnixSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.aode.servicedesk.infra.Directories;
import cn.aode.servicedesk.infra.Ports;

/**
 * A real PostgreSQL server in a directory of our choosing, started with {@code pg_ctl}.
 * <p>
 * PostgreSQL refuses to run as root, so as root every server command runs as the
 * unprivileged user 65534 (nobody) through {@code setpriv}. A server left running by a
 * killed JVM is found through the data directory's {@code postmaster.pid} and stopped
 * before the next start. The port is chosen on the first start and kept, so a stopped
 * server comes back where its clients' connection pools expect it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	/** Superuser created by {@code initdb}; local connections are trusted. */
	public static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final String UNPRIVILEGED_ID = "65534";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final Path baseDir;

	private final Path dataDir;

	private final int preferredPort;

	private final boolean durable;

	private final boolean root = new UnixSystem().getUid() == 0;

	private Path binDir;

	private int port = -1;

	/** The port chosen on the first start, reused by every later start. */
	private int chosenPort = -1;

	/**
	 * @param baseDir holds the data directory and the server log; created when missing
	 * @param preferredPort the port to listen on when free, 0 for any free port
	 * @param durable false turns fsync off, for tests that throw their data away
	 */
	public EmbeddedPostgres(Path baseDir, int preferredPort, boolean durable) {
		this.baseDir = baseDir.toAbsolutePath().normalize();
		this.dataDir = this.baseDir.resolve("data");
		this.preferredPort = preferredPort;
		this.durable = durable;
	}

	/** Starts the server (initialising the data directory on first use); returns this. */
	public synchronized EmbeddedPostgres start() {
		if (port > 0) {
			return this;
		}
		try {
			binDir = PostgresBinaries.extracted();
			Files.createDirectories(baseDir);
			if (root) {
				requireTraversableByEveryone(baseDir);
				run(List.of("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, baseDir.toString()), false);
			}
			stopStaleServer();
			if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
				run(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
						"--locale=C", "--no-instructions"), true);
			}
			if (chosenPort < 0) {
				chosenPort = Ports.preferred(preferredPort, "PostgreSQL");
			}
			String options = "-p " + chosenPort + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
					+ " -c max_connections=300" + (durable ? "" : " -c fsync=off -c synchronous_commit=off");
			run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-l", baseDir.resolve("postgres.log").toString(), "-w",
					"-t", "60", "-o", options, "start"), true);
			port = chosenPort;
			log.info("PostgreSQL listening on 127.0.0.1:{} (data in {})", port, dataDir);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL in " + baseDir, ex);
		}
	}

	/** Stops the server (fast shutdown); safe to call when it is not running. */
	public synchronized void stop() {
		if (port < 0) {
			return;
		}
		try {
			run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"), true);
			log.info("PostgreSQL on port {} stopped", port);
		}
		catch (IOException | IllegalStateException ex) {
			log.warn("Stopping PostgreSQL in {} failed: {}", dataDir, ex.getMessage());
		}
		finally {
			port = -1;
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Stops any server still running from the base directory, then deletes the directory.
	 */
	public synchronized void discardData() {
		if (port > 0) {
			throw new IllegalStateException("Stop the server before discarding its data");
		}
		if (Files.exists(dataDir)) {
			binDir = PostgresBinaries.extracted();
			try {
				stopStaleServer();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not stop the server in " + dataDir, ex);
			}
		}
		Directories.deleteRecursively(baseDir);
	}

	public boolean isRunning() {
		return port > 0;
	}

	public int port() {
		requireRunning();
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	/** JDBC URL of a database on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
	}

	/** Creates the database unless it exists; names are lower-case identifiers. */
	public void createDatabaseIfMissing(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
			try (PreparedStatement exists = connection
				.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, name);
				if (exists.executeQuery().next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name + ": " + ex.getMessage(), ex);
		}
	}

	private void stopStaleServer() throws IOException {
		if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
			return;
		}
		Result status = run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "status"), false);
		if (status.exitCode() == 0) {
			log.warn("A PostgreSQL server left running from an earlier run uses {}; stopping it", dataDir);
			run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"), true);
		}
	}

	private String bin(String tool) {
		return binDir.resolve("bin").resolve(tool).toString();
	}

	private void requireRunning() {
		if (port < 0) {
			throw new IllegalStateException("PostgreSQL in " + dataDir + " is not running");
		}
	}

	private static void requireTraversableByEveryone(Path dir) throws IOException {
		for (Path parent = dir.getParent(); parent != null; parent = parent.getParent()) {
			if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				throw new IllegalStateException(
						"PostgreSQL cannot run as root, so it runs as user 65534, which cannot enter " + parent
								+ ". Choose a data directory under a world-traversable path (e.g. under /tmp or /var/tmp).");
			}
		}
	}

	/** Runs a command, as the unprivileged user when asked and we are root. */
	private Result run(List<String> command, boolean failOnError) throws IOException {
		List<String> full = new ArrayList<>();
		if (root && !command.get(0).equals("chown")) {
			full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups",
					"--"));
		}
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C");
		builder.environment().put("LANG", "C");
		builder.directory(baseDir.toFile());
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + String.join(" ", full));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + String.join(" ", full), ex);
		}
		if (failOnError && process.exitValue() != 0) {
			throw new IllegalStateException(
					"Command failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
		}
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
