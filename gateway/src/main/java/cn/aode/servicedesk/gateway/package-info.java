/**
 * The API gateway: the one entry point of front ends, the CRM and operations. It checks
 * every caller's token (the services check it again), limits each caller's request rate,
 * refuses oversized bodies, routes each policy area to its service, breaks circuits with
 * a problem+json 503, merges every service's OpenAPI into one Swagger UI, shows
 * downstream health and tags every response with a request id and a trace id. ADR 10
 * explains the authentication and the rate limits.
 */
package cn.aode.servicedesk.gateway;
