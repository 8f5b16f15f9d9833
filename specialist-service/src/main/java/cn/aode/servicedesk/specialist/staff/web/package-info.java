/** REST API of departments, staff and the staff record. */
package cn.aode.servicedesk.specialist.staff.web;
