package cn.aode.servicedesk.auth.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.aode.servicedesk.auth.MutableClock;
import cn.aode.servicedesk.auth.OAuthFlows;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "servicedesk.auth.lockout.max-failures=5", "servicedesk.auth.lockout.duration=15m" })
@ActiveProfiles("dev")
class LoginThrottleIntegrationTests {

	private static final String RIGHT = "demo-password";

	private static final String WRONG = "not-the-password";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	OAuthFlows.Browser browser;

	@BeforeEach
	void connect() {
		browser = new OAuthFlows(port).browser();
	}

	@Test
	@DisplayName("five wrong passwords lock the account: the right password is then refused too")
	void fiveWrongPasswordsLockTheAccount() {
		wrongPasswords("head-01", 5);

		assertThat(browser.logInSucceeds("head-01", RIGHT)).isFalse();
		assertThat(lockedUntil("head-01")).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
	}

	@Test
	@DisplayName("the lock lifts after the configured 15 minutes, not before")
	void theLockLiftsAfterItsDuration() {
		wrongPasswords("office-01", 5);

		clock.advance(Duration.ofMinutes(14));
		assertThat(browser.logInSucceeds("office-01", RIGHT)).as("after 14 minutes").isFalse();
		clock.advance(Duration.ofMinutes(1));
		assertThat(browser.logInSucceeds("office-01", RIGHT)).as("after 15 minutes").isTrue();
	}

	@Test
	@DisplayName("four wrong passwords do not lock, and a success starts the count again")
	void aSuccessResetsTheCount() {
		wrongPasswords("sup-01", 4);
		assertThat(browser.logInSucceeds("sup-01", RIGHT)).isTrue();

		wrongPasswords("sup-01", 4);
		assertThat(new OAuthFlows(port).browser().logInSucceeds("sup-01", RIGHT)).isTrue();
		assertThat(lockedUntil("sup-01")).isNull();
	}

	@Test
	@DisplayName("wrong passwords for one account do not lock another")
	void theLockIsPerAccount() {
		wrongPasswords("helper-01", 5);

		assertThat(browser.logInSucceeds("custodian-01", RIGHT)).isTrue();
	}

	private void wrongPasswords(String username, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(new OAuthFlows(port).browser().logInSucceeds(username, WRONG)).isFalse();
		}
	}

	private Instant lockedUntil(String username) {
		return jdbc.sql("SELECT locked_until FROM account WHERE username = ?")
			.param(username)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
		}

	}

}
