/**
 * Events of visit-service's return visits (回访, VST), published on {@code visit-events}.
 */
package cn.aode.servicedesk.events.visit;
