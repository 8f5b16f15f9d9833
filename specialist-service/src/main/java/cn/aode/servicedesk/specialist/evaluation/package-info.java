/**
 * The annual evaluation of specialists (SPC-7): a ranking from measured results (on-time
 * rate, satisfaction in return visits, penalties and upheld complaints) and the recorded
 * commendation list.
 */
package cn.aode.servicedesk.specialist.evaluation;
