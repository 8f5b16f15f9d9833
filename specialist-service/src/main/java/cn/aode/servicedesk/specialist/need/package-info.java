/**
 * Customer needs (客户需求): taken by the customer's specialist, submitted to one or more
 * department heads at once (并联办理, SPC-3), each part under its own time limit (SPC-4),
 * answered together (集中反馈), and filed with the service log in one customer file (统一建档,
 * SPC-5).
 */
package cn.aode.servicedesk.specialist.need;
