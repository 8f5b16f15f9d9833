package cn.aode.servicedesk.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks TCP ports on the loopback interface, so a port already taken never ends in a
 * confusing crash.
 */
public final class Ports {

	private static final Logger log = LoggerFactory.getLogger(Ports.class);

	private Ports() {
	}

	/** Whether nothing listens on the given loopback port right now. */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// as servers bind: a port held only by connections in TIME_WAIT counts as
			// free
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** A port the operating system considers free now. */
	public static int anyFree() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free TCP port on the loopback interface", ex);
		}
	}

	/**
	 * The preferred port when it is free; otherwise a free one, with a warning naming who
	 * wanted the port. A preferred port of 0 means "any".
	 */
	public static int preferred(int port, String purpose) {
		if (port == 0) {
			return anyFree();
		}
		if (isFree(port)) {
			return port;
		}
		int fallback = anyFree();
		log.warn("Port {} for {} is already in use (another server on this machine?); using {} instead", port, purpose,
				fallback);
		return fallback;
	}

}
