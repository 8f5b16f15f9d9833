/**
 * Publishing: events registered by aggregates are stored in the event publication
 * registry in the same transaction as the change (transactional outbox) and externalized
 * to Kafka.
 */
package cn.aode.servicedesk.platform.outbox;
