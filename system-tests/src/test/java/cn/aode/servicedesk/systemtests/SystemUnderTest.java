package cn.aode.servicedesk.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import cn.aode.servicedesk.deadline.DeadlineServiceApplication;
import cn.aode.servicedesk.devstack.DevStack;
import cn.aode.servicedesk.devstack.DevStackOptions;
import cn.aode.servicedesk.notice.NoticeServiceApplication;

/**
 * The whole system, started once per test JVM exactly as {@code bin/dev-stack} starts it,
 * but on free ports and throw-away data, and stopped when the JVM exits. The services
 * that call another one directly — assist-service notice-service's catalogue and
 * pre-check, visit-service deadline-service's business calendar — reach it through a
 * {@link LoopbackRelay}, since its free port is only known once it runs.
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
				LoopbackRelay notices = relay(NoticeServiceApplication.NAME, "servicedesk.assist.notice.uri");
				LoopbackRelay calendar = relay(DeadlineServiceApplication.NAME, "servicedesk.visits.calendar.uri");
				stack = DevStack.start(DevStackOptions.isolated(dataDir));
				notices.forwardTo(stack.serviceUrls().get(NoticeServiceApplication.NAME));
				calendar.forwardTo(stack.serviceUrls().get(DeadlineServiceApplication.NAME));
				Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-shutdown"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stack;
	}

	/**
	 * A relay to {@code service}, given to its callers as the system property
	 * {@code uriProperty} (every application of the stack reads this JVM's system
	 * properties, above its own configuration files).
	 */
	private static LoopbackRelay relay(String service, String uriProperty) {
		LoopbackRelay relay = LoopbackRelay.open(service);
		System.setProperty(uriProperty, relay.uri().toString());
		return relay;
	}

}
