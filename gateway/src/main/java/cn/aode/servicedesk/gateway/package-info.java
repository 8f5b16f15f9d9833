/**
 * The API gateway: the one entry point of front ends, the CRM and operations. It routes
 * each policy area to its service, breaks circuits with a problem+json 503, merges every
 * service's OpenAPI into one Swagger UI, shows downstream health and tags every response
 * with a request id and a trace id.
 */
package cn.aode.servicedesk.gateway;
