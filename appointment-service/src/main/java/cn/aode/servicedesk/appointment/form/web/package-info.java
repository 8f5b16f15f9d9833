/** The registration form as JSON and as a printable page (A4, Chinese). */
package cn.aode.servicedesk.appointment.form.web;
