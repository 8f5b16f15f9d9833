/**
 * The business calendar (工作日历): weekends, statutory holidays and make-up workdays (调休) of
 * mainland China from the State Council's yearly notices, amended by administrators at
 * run time (audited), and working-day / working-hour arithmetic on it.
 */
package cn.aode.servicedesk.deadline.calendar;
