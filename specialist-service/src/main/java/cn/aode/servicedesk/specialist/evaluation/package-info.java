/**
 * The annual evaluation of specialists (SPC-7): a ranking from measured results and the
 * recorded commendation list.
 */
package cn.aode.servicedesk.specialist.evaluation;
