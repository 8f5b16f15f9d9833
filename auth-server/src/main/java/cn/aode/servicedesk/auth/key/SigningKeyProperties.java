package cn.aode.servicedesk.auth.key;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a retired key stays published ({@code servicedesk.auth.signing-keys.*}). It
 * must outlast every token the key signed: at least the access-token lifetime, and by
 * default also the 30 minutes of an ID token.
 *
 * @param retiredGrace how long a retired key stays in the published key set
 */
@ConfigurationProperties("servicedesk.auth.signing-keys")
public record SigningKeyProperties(@DefaultValue("1h") Duration retiredGrace) {

}
