/** REST API of the business calendar under {@code /api/v1/calendar}. */
package cn.aode.servicedesk.deadline.calendar.web;
