/**
 * Visit reports (《客户回访报告表》, VST-10): an author's summary and evaluation of the visits of
 * a period, optionally of one visitor and one kind, with figures counted from the
 * records; and their review by the supervisor (VST-11).
 */
package cn.aode.servicedesk.visit.report;
