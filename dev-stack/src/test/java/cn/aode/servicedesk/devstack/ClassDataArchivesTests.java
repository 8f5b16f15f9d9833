package cn.aode.servicedesk.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchivesTests {

	@TempDir
	Path directory;

	@Test
	void aJvmWithoutAnArchiveStartsReadyToRecordOneAndMapsItOnceRecorded() throws Exception {
		ClassDataArchives archives = new ClassDataArchives(directory);
		List<String> recording = archives.jvmOptions("idle");
		assertThat(recording).contains("-XX:+RecordDynamicDumpInfo");

		Process first = startIdle(recording);
		try {
			assertThat(archives.recordMissing(Map.of("idle", first.toHandle()))).isTrue();
		}
		finally {
			stop(first);
		}
		assertThat(directory.resolve("idle.jsa")).isRegularFile();
		assertThat(archives.recordMissing(Map.of("idle", first.toHandle()))).as("recorded once").isFalse();

		List<String> mapping = archives.jvmOptions("idle");
		assertThat(mapping).containsExactly("-XX:SharedArchiveFile=" + directory.resolve("idle.jsa").toAbsolutePath());
		List<String> strict = new ArrayList<>(mapping);
		// -Xshare:on refuses to start unless the archive maps
		strict.add("-Xshare:on");
		Process second = startIdle(strict);
		stop(second);
		assertThat(second.exitValue()).isZero();
	}

	/**
	 * A JVM that says when it runs and ends when its input closes; from a jar, as a
	 * class-data archive takes no classes from directories.
	 */
	private Process startIdle(List<String> options) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.addAll(List.of("-cp", idleJar().toString(), Idle.class.getName()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(lines.readLine()).isEqualTo(Idle.RUNNING);
		}
		return process;
	}

	private Path idleJar() throws IOException {
		Path jar = directory.resolve("idle.jar");
		if (Files.notExists(jar)) {
			String entry = Idle.class.getName().replace('.', '/') + ".class";
			try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
					InputStream in = Idle.class.getClassLoader().getResourceAsStream(entry)) {
				out.putNextEntry(new JarEntry(entry));
				in.transferTo(out);
			}
		}
		return jar;
	}

	private static void stop(Process process) throws Exception {
		process.getOutputStream().close();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** The child JVM's program. */
	static final class Idle {

		static final String RUNNING = "running";

		public static void main(String[] args) throws IOException {
			System.out.println(RUNNING);
			System.out.flush();
			while (System.in.read() != -1) {
				// until the parent closes the input
			}
		}

	}

}
