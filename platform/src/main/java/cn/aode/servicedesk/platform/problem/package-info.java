/**
 * RFC 9457 problem details for every error of every service: 400 with field errors, 404,
 * 409 or 412 on a stale version, 422 with the refusing rule's ID. Never a stack trace.
 */
package cn.aode.servicedesk.platform.problem;
