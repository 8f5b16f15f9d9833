/** REST API of visit-service under {@code /api/v1/visits}. */
package cn.aode.servicedesk.visit.web;
