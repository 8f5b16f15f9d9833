/**
 * Cross-cutting plumbing every service gets by depending on this module: transactional
 * outbox to Kafka, idempotent consuming with dead letters, RFC 9457 problem details,
 * request ids and a clock. Never domain logic.
 */
package cn.aode.servicedesk.platform;
