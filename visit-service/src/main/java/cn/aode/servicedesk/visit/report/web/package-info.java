/** REST API of visit reports under {@code /api/v1/visits/reports} (VST-10, VST-11). */
package cn.aode.servicedesk.visit.report.web;
