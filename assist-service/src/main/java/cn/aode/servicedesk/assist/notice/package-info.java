/**
 * notice-service as the help desk uses it (AST-5, AST-6 = NTC-2): the matter catalogue
 * and the material pre-check, called over HTTP behind a circuit breaker with a stated
 * fallback.
 */
package cn.aode.servicedesk.assist.notice;
