/** REST API of appointment requests and their answers. */
package cn.aode.servicedesk.appointment.request.web;
