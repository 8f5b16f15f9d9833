package cn.aode.servicedesk.auth.token;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access tokens' lifetime and audience ({@code servicedesk.auth.tokens.*}).
 *
 * @param accessTokenTimeToLive how long an access token is valid
 * @param audience added to every access token's {@code aud}, beside the client id; the
 * services accept only tokens that name it
 */
@ConfigurationProperties("servicedesk.auth.tokens")
@Validated
public record TokenProperties(@DefaultValue("15m") Duration accessTokenTimeToLive,
		@DefaultValue("aode-servicedesk") @NotBlank String audience) {

}
