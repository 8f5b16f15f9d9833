/**
 * One-to-one specialists (服务专员): who serves which customer since when, with the full
 * history of changes (SPC-6), and the coverage gaps of customers with a gas need but no
 * specialist (SPC-1). Announces assignments on {@code customer-events}.
 */
package cn.aode.servicedesk.specialist.assignment;
