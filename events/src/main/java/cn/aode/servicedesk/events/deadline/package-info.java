/**
 * Deadline clocks (限时办结): requests to watch a promised time limit, and what
 * deadline-service reports about them on {@code deadline-events}.
 */
package cn.aode.servicedesk.events.deadline;
