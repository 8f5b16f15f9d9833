/**
 * REST API of the deadline reports under {@code /api/v1/deadlines/reports}: open and
 * overdue clocks, and on-time rates, for managers.
 */
package cn.aode.servicedesk.deadline.report.web;
