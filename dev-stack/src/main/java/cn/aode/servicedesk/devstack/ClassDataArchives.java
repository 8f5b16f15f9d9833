package cn.aode.servicedesk.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data sharing (CDS) archives of the dev stack's JVMs, one per JVM in
 * {@code devstack.cds-dir}: a JVM that has one maps the classes in it instead of loading
 * and verifying them from the jars again, which is most of a Spring application's start
 * on C1. A JVM without one is started ready to record it, and {@link #recordMissing}
 * records it once the stack is ready, so that a start that failed leaves none behind.
 * bin/dev-stack sets the directory and empties it whenever the jars change, since an
 * archive is only valid for the jars it was recorded from.
 */
final class ClassDataArchives {

	private static final Logger log = LoggerFactory.getLogger(ClassDataArchives.class);

	/** The archive of the dev stack's own JVM, the one of the services and Kafka. */
	static final String SERVICES = "services";

	private final Path directory;

	ClassDataArchives(Path directory) {
		this.directory = directory.toAbsolutePath();
	}

	/** The archives, if this JVM was told where they are. */
	static Optional<ClassDataArchives> configured() {
		return Optional.ofNullable(System.getProperty("devstack.cds-dir")).map(Path::of).map(ClassDataArchives::new);
	}

	/**
	 * The options that start the JVM {@code name} with its archive, or ready to record
	 * it.
	 */
	List<String> jvmOptions(String name) {
		Path archive = archive(name);
		if (Files.isRegularFile(archive)) {
			return List.of("-XX:SharedArchiveFile=" + archive);
		}
		// quiet: recording warns of every class it skips, and at exit that it dumps
		// nothing there
		return List.of("-XX:+RecordDynamicDumpInfo", "-Xlog:cds=off,cds+dynamic=off");
	}

	/**
	 * Records the archive of every JVM given by name that has none yet, each with
	 * {@code jcmd PID VM.cds dynamic_dump}: a few seconds each, once per build.
	 * @return whether it recorded any
	 */
	boolean recordMissing(Map<String, ProcessHandle> jvms) {
		boolean recorded = false;
		for (Map.Entry<String, ProcessHandle> jvm : jvms.entrySet()) {
			Path archive = archive(jvm.getKey());
			if (!Files.isRegularFile(archive)) {
				recorded |= record(jvm.getKey(), jvm.getValue().pid(), archive);
			}
		}
		return recorded;
	}

	private boolean record(String name, long pid, Path archive) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		ProcessBuilder dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.cds", "dynamic_dump",
				archive.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		try {
			Process process = dump.start();
			if (process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0 && Files.isRegularFile(archive)) {
				return true;
			}
			process.destroyForcibly();
			log.warn("Could not record the class data of the {}; it starts without", name);
		}
		catch (IOException ex) {
			log.warn("Could not record the class data of the {} ({}); it starts without", name, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		discard(archive);
		return false;
	}

	/** A half-written archive would be mapped by no start and recorded by none. */
	private static void discard(Path archive) {
		try {
			Files.deleteIfExists(archive);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", archive, ex.getMessage());
		}
	}

	private Path archive(String name) {
		return directory.resolve(name + ".jsa");
	}

}
