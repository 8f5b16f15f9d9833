/**
 * Requests from any policy area to put a penalty or a commendation on a staff member's
 * record (考核记录, X-2), published on {@code staff-record-requests}.
 */
package cn.aode.servicedesk.events.staff;
