/**
 * specialist-service owns customers (a projection of the CRM), departments, staff, the
 * one-to-one specialist assignment (客户经理/服务专员), customer needs routed to department
 * heads, and every staff member's record of penalties and commendations (SPC, X-2).
 */
package cn.aode.servicedesk.specialist;
