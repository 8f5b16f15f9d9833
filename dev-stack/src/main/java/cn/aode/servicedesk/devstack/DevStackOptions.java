package cn.aode.servicedesk.devstack;

import java.nio.file.Path;

/**
 * How to run the stack.
 *
 * @param dataDir where PostgreSQL and Kafka keep their data between runs
 * @param fresh wipe the data first
 * @param postgresPort preferred PostgreSQL port (0 = any free port)
 * @param kafkaPort preferred Kafka port (0 = any)
 * @param gatewayPort preferred gateway port (0 = any)
 * @param servicePorts whether services try their usual ports (8081-8087) or take any free
 * one
 * @param gatewayJar the gateway's executable jar
 * @param authPort preferred auth-server port (0 = any)
 * @param authServerJar the auth-server's executable jar
 */
public record DevStackOptions(Path dataDir, boolean fresh, int postgresPort, int kafkaPort, int gatewayPort,
		boolean servicePorts, Path gatewayJar, int authPort, Path authServerJar) {

	/** The usual ports, data in {@code .dev-stack/}. */
	public static DevStackOptions defaults() {
		return new DevStackOptions(Path.of(".dev-stack"), false, 5432, 9092, 8080, true, defaultGatewayJar(), 9000,
				defaultAuthServerJar());
	}

	/**
	 * Any free ports, throw-away data: for system tests that run beside anything else.
	 */
	public static DevStackOptions isolated(Path dataDir) {
		return new DevStackOptions(dataDir, true, 0, 0, 0, false, defaultGatewayJar(), 0, defaultAuthServerJar());
	}

	private static Path defaultGatewayJar() {
		return Path.of(System.getProperty("devstack.gateway-jar", "dev-stack/target/gateway.jar"));
	}

	private static Path defaultAuthServerJar() {
		return Path.of(System.getProperty("devstack.auth-server-jar", "dev-stack/target/auth-server.jar"));
	}

	DevStackOptions withDataDir(Path dir) {
		return new DevStackOptions(dir, fresh, postgresPort, kafkaPort, gatewayPort, servicePorts, gatewayJar, authPort,
				authServerJar);
	}

	DevStackOptions withFresh(boolean value) {
		return new DevStackOptions(dataDir, value, postgresPort, kafkaPort, gatewayPort, servicePorts, gatewayJar,
				authPort, authServerJar);
	}

	DevStackOptions withPorts(int postgres, int kafka, int gateway) {
		return new DevStackOptions(dataDir, fresh, postgres, kafka, gateway, servicePorts, gatewayJar, authPort,
				authServerJar);
	}

}
