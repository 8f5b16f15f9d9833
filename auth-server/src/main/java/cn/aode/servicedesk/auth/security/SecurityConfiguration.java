package cn.aode.servicedesk.auth.security;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import cn.aode.servicedesk.auth.client.ServiceDeskClients;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Three filter chains, tried in order: the authorization server's own endpoints (OAuth
 * 2.1 and OpenID Connect), the operations API and actuator (stateless, bearer tokens with
 * scope {@code ops}, or {@code accounts} for account provisioning; health open), and
 * everything else behind Spring Security's login form.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final String OPS_AUTHORITY = "SCOPE_" + ServiceDeskClients.OPS_SCOPE;

	private static final String ACCOUNTS_AUTHORITY = "SCOPE_" + ServiceDeskClients.ACCOUNTS_SCOPE;

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(withDefaults());
		});
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		// the userinfo endpoint takes the access token
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults()));
		// a browser that is not logged in is sent to the login form, and comes back after
		// it
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), htmlRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operationsChain(HttpSecurity http, ProblemAnswers problems) {
		// the protected-resource metadata is where a 401's WWW-Authenticate header points
		http.securityMatcher("/api/**", "/actuator/**", "/.well-known/oauth-protected-resource/**");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/api/v1/accounts/**")
			.hasAuthority(ACCOUNTS_AUTHORITY)
			.anyRequest()
			.hasAuthority(OPS_AUTHORITY));
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults())
			.authenticationEntryPoint(problems)
			.accessDeniedHandler(problems));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		// bearer tokens only, no cookies: nothing for a cross-site request to ride on
		http.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain loginChain(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated());
		http.formLogin(withDefaults());
		return http.build();
	}

	private static MediaTypeRequestMatcher htmlRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}
