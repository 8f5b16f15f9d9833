/**
 * The help desk's rota (轮岗, AST-3, AST-4): one or two window helpers on duty per shift,
 * substitutes for absent ones, check-in ten minutes before the shift, off-duty study
 * days.
 */
package cn.aode.servicedesk.assist.rota;
