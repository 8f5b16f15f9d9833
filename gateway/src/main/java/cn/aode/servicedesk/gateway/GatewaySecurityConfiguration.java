package cn.aode.servicedesk.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Checks every caller's token at the edge, before a request is routed: the auth-server's
 * signature, issuer, audience and lifetime. The services check it again themselves
 * (defence in depth); the gateway relays the {@code Authorization} header unchanged.
 * Public look-ups, health, info and the API docs are open; other actuator endpoints need
 * scope {@code ops}.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	/** More than the staff and clients signed in at once; about 2 KB each. */
	private static final long VERIFIED_TOKENS = 10_000;

	/**
	 * How long a verified token is trusted without a new check: bounds the reach of a
	 * withdrawn key.
	 */
	private static final Duration VERIFIED_TOKEN_MAX_AGE = Duration.ofMinutes(5);

	/**
	 * Read by anyone without a token: calendar look-ups and the public bulletin (NTC-6).
	 */
	private static final String[] PUBLIC_LOOKUPS = { "/api/v1/calendar/**", "/api/v1/bulletin/**",
			"/api/v1/matters/**" };

	/** Open to anyone: health for probes, info, the merged API docs and Swagger UI. */
	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**" };

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GlobalCorsProperties cors) {
		SecurityProblems problems = new SecurityProblems();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			// the front ends' CORS rules also on the gateway's own 401, 403 and 429, so
			// that a browser lets the front end read them
			.cors(spec -> spec.configurationSource(corsSource(cors)))
			.authorizeExchange(exchanges -> exchanges.matchers(GatewaySecurityConfiguration::preflight)
				.permitAll()
				.pathMatchers(HttpMethod.GET, PUBLIC_LOOKUPS)
				.permitAll()
				.pathMatchers(OPEN)
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasAuthority("SCOPE_ops")
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * A request the firewall refuses (an encoded slash, a NUL or a semicolon in the path,
	 * a non-normalised path) answers 400 problem+json like every other refusal, not an
	 * empty 400.
	 */
	@Bean
	ServerExchangeRejectedHandler rejectedRequests() {
		return (exchange, ex) -> Problem
			.of(HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected",
					"The request was refused as potentially malicious: " + ex.getMessage())
			.writeTo(exchange.getResponse());
	}

	/**
	 * Keys from the auth-server's JWK set, fetched on first use and again on a new key
	 * id; a token verified once is not verified again until it expires.
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder(AuthServerProperties authServer) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(authServer.jwkSetUri().toString())
			.build();
		decoder.setJwtValidator(validators(authServer.issuer(), authServer.audience()));
		return new VerifiedTokens(decoder, VERIFIED_TOKENS, VERIFIED_TOKEN_MAX_AGE, Clock.systemUTC());
	}

	/** Expiry and not-before, the issuer, and an audience that names this system. */
	static OAuth2TokenValidator<Jwt> validators(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
	}

	private static UrlBasedCorsConfigurationSource corsSource(GlobalCorsProperties cors) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.setCorsConfigurations(cors.getCorsConfigurations());
		return source;
	}

	private static Mono<ServerWebExchangeMatcher.MatchResult> preflight(ServerWebExchange exchange) {
		return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? ServerWebExchangeMatcher.MatchResult.match()
				: ServerWebExchangeMatcher.MatchResult.notMatch();
	}

}
