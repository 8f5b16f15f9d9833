/**
 * What the access tokens say: the claims contract every service reads (ADR 9) and the
 * tokens' lifetime.
 */
package cn.aode.servicedesk.auth.token;
