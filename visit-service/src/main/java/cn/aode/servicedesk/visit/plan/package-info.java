/**
 * Return-visit plans (《客户回访计划》, VST-5) of every kind and, once visited, their records
 * (《客户回访记录表》, VST-8).
 */
package cn.aode.servicedesk.visit.plan;
