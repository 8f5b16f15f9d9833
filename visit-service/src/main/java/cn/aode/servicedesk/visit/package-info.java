/**
 * visit-service owns return visits (回访, VST): plans of every kind and their records and,
 * later, reports and supervisor review. A handled complaint becomes a complaint revisit
 * plan (VST-4); a recorded visit (VST-8) is published as {@code visit.recorded} on
 * {@code visit-events}.
 */
package cn.aode.servicedesk.visit;
