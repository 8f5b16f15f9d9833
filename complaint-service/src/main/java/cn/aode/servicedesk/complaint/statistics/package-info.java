/**
 * CMP-7: complaint opinions aggregated regularly to improve the service — counts and
 * rates by category, finding, channel, department, staff member at fault and month, the
 * time to feedback, repeat complainants and reopened complaints, computed in SQL.
 */
package cn.aode.servicedesk.complaint.statistics;
