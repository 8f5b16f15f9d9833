/**
 * deadline-service owns the business calendar (China holidays and make-up workdays) and
 * the deadline clocks of every promised time limit: warnings, breaches, escalation and
 * overdue reports (DL).
 */
package cn.aode.servicedesk.deadline;
