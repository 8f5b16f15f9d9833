/** REST API of visit-service under {@code /api/v1/visits}: plans and their records. */
package cn.aode.servicedesk.visit.plan.web;
