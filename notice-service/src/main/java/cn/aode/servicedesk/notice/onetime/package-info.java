/**
 * One-time notification (一次性告知, NTC-2, NTC-3, NTC-4, NTC-7): a customer's application for
 * a matter (办件), the materials pre-check on every trip, the one-time notice (《一次性告知单》) of
 * everything missing, handling once the materials are complete, and the repeat trips a
 * notice left incomplete.
 */
package cn.aode.servicedesk.notice.onetime;
