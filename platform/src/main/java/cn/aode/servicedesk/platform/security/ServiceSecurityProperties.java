package cn.aode.servicedesk.platform.security;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose tokens a service accepts and which kinds of caller reach which of its paths. A
 * path entry is {@code "GET /api/v1/calendar/**"} or, for every method, just the pattern.
 *
 * @param issuer the auth-server's issuer; tokens from anyone else are refused
 * @param jwkSetUri where the auth-server publishes its signing keys
 * @param audience the audience a token must name to be used here
 * @param publicPaths open to anyone, without a token (e.g. the public bulletin, NTC-6)
 * @param customerPaths what a customer's token may call; the controllers then show a
 * customer only their own cases
 * @param clientPaths per scope, what a system client (the CRM) may call
 */
@ConfigurationProperties("servicedesk.security")
public record ServiceSecurityProperties(@DefaultValue("http://localhost:9000") String issuer,
		@DefaultValue("http://localhost:9000/oauth2/jwks") URI jwkSetUri,
		@DefaultValue("aode-servicedesk") String audience, @DefaultValue List<String> publicPaths,
		@DefaultValue List<String> customerPaths, @DefaultValue Map<String, List<String>> clientPaths) {

}
