/**
 * visit-service owns return visits (回访, VST): plans of every kind and their records
 * ({@code plan}), reports on them ({@code report}) and the supervisor's review of both. A
 * handled complaint becomes a complaint revisit plan (VST-4); staff plan special and
 * periodic visits (VST-1, VST-5); a recorded visit (VST-8) is published as
 * {@code visit.recorded} on {@code visit-events}, and a dissatisfied answer plans a
 * follow-up (VST-9).
 */
package cn.aode.servicedesk.visit;
