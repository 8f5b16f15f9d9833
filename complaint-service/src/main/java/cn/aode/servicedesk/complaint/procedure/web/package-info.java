/** REST API of complaint-service under {@code /api/v1/complaints}. */
package cn.aode.servicedesk.complaint.procedure.web;
