/**
 * What complaint-service hears from other services: the complaint revisit's result
 * ({@code visit.recorded}), which archives or reopens the complaint (CMP-3, VST-4).
 */
package cn.aode.servicedesk.complaint.procedure.messaging;
