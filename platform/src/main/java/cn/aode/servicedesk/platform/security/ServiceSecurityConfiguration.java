package cn.aode.servicedesk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every service an OAuth2 resource server of the auth-server: it validates each
 * token itself (signature from the published key set, issuer, audience, expiry) rather
 * than trusting the gateway or the network. Health, API docs and the service's public
 * paths are open; other actuator endpoints are for operations (scope {@code ops}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceSecurityConfiguration {

	/** More than the staff and clients signed in at once; about 2 KB each. */
	private static final long VERIFIED_TOKENS = 10_000;

	/**
	 * How long a verified token is trusted without a new check: bounds the reach of a
	 * withdrawn key.
	 */
	private static final Duration VERIFIED_TOKEN_MAX_AGE = Duration.ofMinutes(5);

	static {
		// a Caller is taken from the token; it is not a request parameter of the API
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	SecurityFilterChain serviceSecurity(HttpSecurity http, ServiceSecurityProperties properties, JsonMapper json)
			throws Exception {
		SecurityProblems problems = new SecurityProblems(json);
		List<RequestMatcher> open = new ArrayList<>(CallerAccess.matchers(List.of("GET /actuator/health",
				"GET /actuator/health/**", "GET /actuator/info", "GET /v3/api-docs", "GET /v3/api-docs/**")));
		open.addAll(CallerAccess.matchers(properties.publicPaths()));
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests(requests -> requests.requestMatchers(open.toArray(RequestMatcher[]::new))
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority("SCOPE_ops")
				.anyRequest()
				.access(new CallerAccess(properties)))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerTokens()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * Keys from the auth-server's JWK set, fetched on first use and again on a new key
	 * id; a token verified once is not verified again until it expires.
	 */
	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(ServiceSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
		decoder.setJwtValidator(validators(properties.issuer(), properties.audience()));
		return new VerifiedTokens(decoder, VERIFIED_TOKENS, VERIFIED_TOKEN_MAX_AGE, Clock.systemUTC());
	}

	/** Expiry and not-before, the issuer, and an audience that names this system. */
	public static OAuth2TokenValidator<Jwt> validators(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
	}

	@Bean
	WebMvcConfigurer callerArguments() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

}
