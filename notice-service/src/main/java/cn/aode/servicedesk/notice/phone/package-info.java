/**
 * The phone consultation log (电话咨询记录簿, NTC-5): every phone consultation about a gas
 * matter gets the same complete answer as at the hall, and is logged with what was told.
 */
package cn.aode.servicedesk.notice.phone;
