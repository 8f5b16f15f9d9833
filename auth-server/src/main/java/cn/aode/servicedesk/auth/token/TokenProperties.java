package cn.aode.servicedesk.auth.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access tokens' lifetime and audience ({@code servicedesk.auth.tokens.*}).
 *
 * @param accessTokenTimeToLive how long an access token is valid
 * @param audience added to every access token's {@code aud}, beside the client id; the
 * services accept only tokens that name it
 */
@ConfigurationProperties("servicedesk.auth.tokens")
public record TokenProperties(@DefaultValue("15m") Duration accessTokenTimeToLive,
		@DefaultValue("aode-servicedesk") String audience) {

}
