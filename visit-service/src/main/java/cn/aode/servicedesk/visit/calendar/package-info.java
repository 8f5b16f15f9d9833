/**
 * The business calendar visits are planned on (VST-6): deadline-service's working days,
 * weekends, holidays and make-up workdays, read a month at a time and kept for a while.
 */
package cn.aode.servicedesk.visit.calendar;
