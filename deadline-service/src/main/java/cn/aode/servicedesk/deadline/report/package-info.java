/**
 * Deadline reports for managers: open and overdue clocks, and on-time rates by staff,
 * department and month.
 */
package cn.aode.servicedesk.deadline.report;
