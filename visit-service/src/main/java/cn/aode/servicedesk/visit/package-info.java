/**
 * visit-service owns return visits (回访, VST): plans of every kind and, later, their
 * records, reports and supervisor review. A handled complaint becomes a complaint revisit
 * plan (VST-4).
 */
package cn.aode.servicedesk.visit;
