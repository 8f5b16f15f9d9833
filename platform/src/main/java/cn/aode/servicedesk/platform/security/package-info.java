/**
 * Who is calling: every service validates the caller's JWT itself (issuer, audience,
 * signature from the auth-server's key set) and hands controllers a {@link Caller} taken
 * from the token, never from the body. Which kinds of caller reach which paths is set per
 * service in {@code servicedesk.security.*}; rule-specific authority (APT-7, SPC-8, ...)
 * is checked where the rule lives.
 */
package cn.aode.servicedesk.platform.security;
