package cn.aode.servicedesk.auth.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import cn.aode.servicedesk.auth.key.SigningKeySource;

/**
 * The authorization server's stores (clients, authorizations and consents in PostgreSQL,
 * so a restart or a second instance loses no login) and its JWT encoder and decoder over
 * the database-backed signing keys.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

	/**
	 * The one source of "now" for lockouts and key rotation; tests move a mutable one.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Hashes as {@code {bcrypt}...}; the prefix lets a later algorithm take over. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
			RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	/**
	 * Signs with the newest active key. The key source holds several keys during a
	 * rotation's grace period, and Nimbus's encoder refuses to choose among several
	 * matches by itself.
	 */
	@Bean
	JwtEncoder jwtEncoder(SigningKeySource keys) {
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
		encoder.setJwkSelector(SigningKeySource::signingKey);
		return encoder;
	}

	/**
	 * Verifies bearer tokens on the operations API and the userinfo endpoint against the
	 * published keys, checking the issuer as well as the lifetime.
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeySource keys, AuthorizationServerSettings settings) {
		NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
		return decoder;
	}

}
