package cn.aode.servicedesk.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.aode.servicedesk.infra.Directories;
import cn.aode.servicedesk.infra.kafka.EmbeddedKafka;
import cn.aode.servicedesk.infra.postgres.EmbeddedPostgres;

/**
 * The PostgreSQL and Kafka servers of one test JVM, started on first use and stopped when
 * the JVM exits. Each JVM takes a numbered slot directory under the temp dir, held by a
 * file lock: builds running side by side never share servers, and a server left by a
 * killed JVM is found in its slot and stopped by the next JVM that takes the slot.
 */
public final class SharedInfra {

	private static SharedInfra instance;

	/**
	 * Held for the JVM's life: an unreachable channel would be closed by the GC,
	 * releasing the slot.
	 */
	private static FileLock slotLock;

	private final EmbeddedPostgres postgres;

	private final EmbeddedKafka kafka;

	private final AtomicInteger databases = new AtomicInteger();

	private SharedInfra(Path slot) {
		this.postgres = new EmbeddedPostgres(slot.resolve("postgres"), 0, false);
		this.kafka = new EmbeddedKafka(slot.resolve("kafka"), 0);
	}

	/** The servers of this JVM, started if needed. */
	public static synchronized SharedInfra get() {
		if (instance == null) {
			Path run = freshRunDirectory(lockSlot());
			SharedInfra infra = new SharedInfra(run);
			Runtime.getRuntime().addShutdownHook(new Thread(infra::stopAll, "embedded-infra-shutdown"));
			infra.postgres.start();
			infra.kafka.start();
			instance = infra;
		}
		return instance;
	}

	/**
	 * Stops and deletes what earlier JVMs left in the slot, then gives this JVM a
	 * directory of its own: a slow or killed earlier JVM (e.g. an orphaned
	 * {@code pg_ctl stop}) can then only ever touch its own old directory, never this
	 * JVM's servers.
	 */
	private static Path freshRunDirectory(Path slot) {
		try (Stream<Path> earlier = Files.list(slot)) {
			for (Path dir : earlier.filter(Files::isDirectory).toList()) {
				for (Path candidate : List.of(dir, dir.resolve("postgres"))) {
					if (Files.isDirectory(candidate.resolve("data"))) {
						new EmbeddedPostgres(candidate, 0, false).discardData();
					}
				}
				Directories.deleteRecursively(dir);
			}
			return Files.createDirectories(slot.resolve("run-" + ProcessHandle.current().pid()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + slot, ex);
		}
	}

	public EmbeddedPostgres postgres() {
		return postgres;
	}

	public EmbeddedKafka kafka() {
		return kafka;
	}

	/** Creates a new empty database whose name starts with the given hint. */
	public String newDatabase(String hint) {
		String base = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
		String name = "t" + databases.incrementAndGet() + "_" + base.substring(0, Math.min(base.length(), 40));
		postgres.createDatabaseIfMissing(name);
		return name;
	}

	private void stopAll() {
		kafka.stop();
		postgres.stop();
	}

	private static Path lockSlot() {
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "aode-servicedesk-it");
		try {
			Files.createDirectories(root);
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
			for (int slot = 0; slot < 64; slot++) {
				FileChannel channel = FileChannel.open(root.resolve("slot-" + slot + ".lock"),
						StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = tryLock(channel);
				if (lock != null) {
					// the lock lives as long as this JVM: channel and lock are
					// deliberately never closed
					return Files.createDirectories(root.resolve("slot-" + slot));
				}
				channel.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + root, ex);
		}
		throw new IllegalStateException("All 64 embedded-infra slots under " + root + " are taken");
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

}
