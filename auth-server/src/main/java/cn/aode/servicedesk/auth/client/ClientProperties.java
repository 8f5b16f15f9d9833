package cn.aode.servicedesk.auth.client;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the front ends may receive their codes, and the partner systems' secrets
 * ({@code servicedesk.auth.clients.*}). Outside the dev profile the secrets come from the
 * environment only ({@code AUTH_CRM_CLIENT_SECRET}, {@code AUTH_OPS_CLIENT_SECRET}); a
 * client without one is not registered.
 *
 * @param redirectUris the redirect URIs of {@code staff-console} and {@code customer-app}
 * @param crmSecret the secret of {@code crm}, blank when not given
 * @param opsSecret the secret of {@code ops}, blank when not given
 */
@ConfigurationProperties("servicedesk.auth.clients")
@Validated
public record ClientProperties(@DefaultValue( {
		"http://localhost:5173/callback", "http://127.0.0.1:5173/callback" }) @NotEmpty List<String> redirectUris,
		@DefaultValue("") String crmSecret, @DefaultValue("") String opsSecret){

}
