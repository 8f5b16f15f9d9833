/**
 * Deadline clocks (限时办结): one per promised time limit, started by another service's
 * {@code deadline.requested} or by staff (DL-2), warned, breached and escalated level by
 * level (DL-4), with DL-5 violations and their DL-6 consequences sent to the staff record
 * (X-2).
 */
package cn.aode.servicedesk.deadline.clock;
