/**
 * The OAuth clients the authorization server knows: the two first-party front ends
 * (public, PKCE) and the partner systems that call with client credentials (CRM,
 * operations).
 */
package cn.aode.servicedesk.auth.client;
