package cn.aode.servicedesk.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback port that forwards every connection to a service started later: the system
 * under test starts its services on free ports, but a service that calls another reads
 * that one's URI when it starts, so it is given this relay's URI instead and the relay
 * learns the real port once everything runs. Until then a connection is closed at once,
 * which the caller sees as the other service being down.
 */
final class LoopbackRelay {

	private final ServerSocket server;

	private volatile InetSocketAddress target;

	private LoopbackRelay(ServerSocket server, String name) {
		this.server = server;
		Thread acceptor = new Thread(this::accept, "relay-" + name);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A relay on a free loopback port, not yet forwarding anywhere. */
	static LoopbackRelay open(String name) {
		try {
			return new LoopbackRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No loopback port for the relay to " + name, ex);
		}
	}

	/** Where callers reach the relay. */
	URI uri() {
		return URI.create("http://127.0.0.1:" + server.getLocalPort());
	}

	/** Forwards the connections from now on to the host and port of {@code url}. */
	void forwardTo(URI url) {
		this.target = new InetSocketAddress(url.getHost(), url.getPort());
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket caller = server.accept();
				InetSocketAddress to = target;
				if (to == null) {
					caller.close();
					continue;
				}
				Socket callee = new Socket(to.getAddress(), to.getPort());
				AtomicInteger directionsDone = new AtomicInteger();
				pump(caller, callee, directionsDone);
				pump(callee, caller, directionsDone);
			}
			catch (IOException ex) {
				// a closed relay, or a callee that refused: the caller sees its
				// connection end
			}
		}
	}

	/**
	 * Copies one direction of a connection; its end is passed on as a half-close, and the
	 * second direction to end closes both sockets.
	 */
	private static void pump(Socket from, Socket to, AtomicInteger directionsDone) {
		Thread pump = new Thread(() -> {
			try {
				from.getInputStream().transferTo(to.getOutputStream());
				to.shutdownOutput();
				if (directionsDone.incrementAndGet() == 2) {
					closeQuietly(from);
					closeQuietly(to);
				}
			}
			catch (IOException ex) {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "relay-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
