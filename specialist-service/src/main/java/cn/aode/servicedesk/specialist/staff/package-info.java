/**
 * Departments (SPC-2), staff and their roles, and the staff record (考核记录) where penalties
 * and commendations from every policy area land (X-2, SPC-8).
 */
package cn.aode.servicedesk.specialist.staff;
