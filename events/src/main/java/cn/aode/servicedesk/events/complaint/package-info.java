/** Events of the complaint aggregate (投诉), published on {@code complaint-events}. */
package cn.aode.servicedesk.events.complaint;
