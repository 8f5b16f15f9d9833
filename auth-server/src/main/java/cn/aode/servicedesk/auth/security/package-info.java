/**
 * How requests are let in: the authorization server's endpoints, the operations API and
 * actuator (bearer tokens with scope {@code ops}, or {@code accounts} for accounts), and
 * the login form for people; plus the authorization server's JDBC stores and token
 * encoder.
 */
package cn.aode.servicedesk.auth.security;
