/**
 * What visit-service knows of its customers from other areas' events — basic data,
 * contact windows, specialists and complaints — so that planning a visit (VST-5, VST-6)
 * and preparing it (VST-7) need no synchronous call.
 */
package cn.aode.servicedesk.visit.customer;
