/**
 * The printable forms of return visits (VST-5, VST-8, VST-10): 《客户回访计划表》, 《客户回访记录表》 and
 * 《客户回访报告表》 as A4 pages in Chinese, server-rendered.
 */
package cn.aode.servicedesk.visit.forms;
