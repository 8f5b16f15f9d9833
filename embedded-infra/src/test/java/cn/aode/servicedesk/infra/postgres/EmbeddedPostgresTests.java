package cn.aode.servicedesk.infra.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresTests {

	private Path baseDir;

	private EmbeddedPostgres postgres;

	@BeforeEach
	void createBaseDir() throws IOException {
		baseDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pg-test");
	}

	@AfterEach
	void stopServer() {
		if (postgres != null) {
			postgres.stop();
		}
	}

	@Test
	void startsCreatesADatabaseAndAnswersQueries() throws SQLException {
		postgres = new EmbeddedPostgres(baseDir, 0, false).start();
		postgres.createDatabaseIfMissing("complaint");
		postgres.createDatabaseIfMissing("complaint");

		assertThat(queryOne(postgres.jdbcUrl("complaint"), "select current_database()")).isEqualTo("complaint");
		assertThat(queryOne(postgres.jdbcUrl("complaint"), "show server_version")).startsWith("17.");
	}

	@Test
	void keepsDataAndPortAcrossAStopAndAStart() throws SQLException {
		postgres = new EmbeddedPostgres(baseDir, 0, true).start();
		postgres.createDatabaseIfMissing("kept");
		execute(postgres.jdbcUrl("kept"),
				"create table note (text varchar(20)); insert into note values ('still here')");
		int port = postgres.port();
		postgres.stop();

		postgres.start();

		assertThat(postgres.port()).as("the same port as before the stop").isEqualTo(port);
		assertThat(queryOne(postgres.jdbcUrl("kept"), "select text from note")).isEqualTo("still here");
	}

	@Test
	void stopsAServerLeftRunningFromTheSameDataDirectoryBeforeStarting() throws SQLException, IOException {
		EmbeddedPostgres abandoned = new EmbeddedPostgres(baseDir, 0, false).start();
		long abandonedPid = Long.parseLong(Files.readAllLines(abandoned.dataDir().resolve("postmaster.pid")).get(0));
		// no stop(): this is what a SIGKILLed JVM leaves behind

		postgres = new EmbeddedPostgres(baseDir, 0, false).start();

		// a stopped postmaster is reaped by whoever adopted it, a moment after it exits
		ProcessHandle.of(abandonedPid)
			.ifPresent(process -> assertThat(process.onExit())
				.as("the abandoned server's postmaster (pid %d) was stopped", abandonedPid)
				.succeedsWithin(Duration.ofSeconds(10)));
		long pid = Long.parseLong(Files.readAllLines(postgres.dataDir().resolve("postmaster.pid")).get(0));
		assertThat(pid).isNotEqualTo(abandonedPid);
		assertThat(queryOne(postgres.jdbcUrl("postgres"), "select 'up'")).isEqualTo("up");
	}

	@Test
	void fallsBackToAFreePortWhenThePreferredOneIsTaken() throws IOException, SQLException {
		try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			postgres = new EmbeddedPostgres(baseDir, squatter.getLocalPort(), false).start();

			assertThat(postgres.port()).isNotEqualTo(squatter.getLocalPort());
			assertThat(queryOne(postgres.jdbcUrl("postgres"), "select 'up'")).isEqualTo("up");
		}
	}

	@Test
	void refusesDatabaseNamesThatAreNotPlainIdentifiers() {
		postgres = new EmbeddedPostgres(baseDir, 0, false).start();

		assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; drop database postgres"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static String queryOne(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
