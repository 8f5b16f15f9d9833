package cn.aode.servicedesk.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import cn.aode.servicedesk.devstack.DevStack;
import cn.aode.servicedesk.devstack.DevStackOptions;

/**
 * The whole system, started once per test JVM exactly as {@code bin/dev-stack} starts it,
 * but on free ports and throw-away data, and stopped when the JVM exits.
 */
final class SystemUnderTest {

	private static DevStack stack;

	private SystemUnderTest() {
	}

	static synchronized DevStack get() {
		if (stack == null) {
			try {
				Path dataDir = Files.createTempDirectory("aode-system-test");
				// PostgreSQL runs as an unprivileged user when the tests run as root
				Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
				stack = DevStack.start(DevStackOptions.isolated(dataDir));
				Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-shutdown"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stack;
	}

}
