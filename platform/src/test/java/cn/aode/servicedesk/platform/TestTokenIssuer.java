package cn.aode.servicedesk.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.security.ServiceSecurityConfiguration;

/**
 * In a service's tests, tokens come from {@link TestTokens}: the service validates them
 * with its normal filter chain and validators, only against the test key instead of the
 * auth-server's key set. Requests through MockMvc carry the token of the service-center
 * clerk {@value #CLERK} unless a test sends another {@code Authorization} header.
 */
@AutoConfiguration(before = PlatformAutoConfiguration.class)
public class TestTokenIssuer {

	/** The staff member who sends a test's requests unless it names another caller. */
	public static final String CLERK = "clerk-1";

	/**
	 * Primary, so that it also wins in web slices, which import configuration unordered.
	 */
	@Bean
	@Primary
	JwtDecoder testIssuerJwtDecoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
		decoder.setJwtValidator(ServiceSecurityConfiguration.validators(TestTokens.ISSUER, TestTokens.AUDIENCE));
		return decoder;
	}

	@Bean
	MockMvcBuilderCustomizer clerkByDefault() {
		return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff(CLERK, Role.SERVICE_CENTER_CLERK)));
	}

}
