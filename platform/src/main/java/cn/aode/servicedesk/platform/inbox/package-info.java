/**
 * Consuming: each event takes effect once per consumer (a processed-event row written in
 * the same transaction as the effect); failures are retried with back-off, then
 * dead-lettered.
 */
package cn.aode.servicedesk.platform.inbox;
