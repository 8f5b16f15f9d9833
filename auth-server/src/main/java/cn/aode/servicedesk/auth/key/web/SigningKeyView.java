package cn.aode.servicedesk.auth.key.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import cn.aode.servicedesk.auth.key.SigningKeyState;

/**
 * A signing key as operations see it: its id and state, never key material.
 *
 * @param kid the key id tokens name in their header
 * @param state ACTIVE (signs) or RETIRED (verifies only)
 * @param createdAt when the key was generated
 * @param retiredAt when it stopped signing
 * @param publishedUntil when it leaves the JWK set; absent while active
 */
public record SigningKeyView(String kid, SigningKeyState state, Instant createdAt, @Nullable Instant retiredAt,
		@Nullable Instant publishedUntil) {

}
