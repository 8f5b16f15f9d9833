/**
 * auth-server says who is calling: staff, customers and partner systems (CRM, operations)
 * log in here and get RS256 JWTs that every service verifies against the published key
 * set (OAuth 2.1 with OpenID Connect, Spring Authorization Server, ADR 9).
 */
package cn.aode.servicedesk.auth;
