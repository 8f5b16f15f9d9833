/**
 * Registration forms (APT-11): every appointment on its 《预约服务登记表》 (hall) or 《上门服务登记表》
 * (home visit), with every field the paper form carries, kept for inspection.
 */
package cn.aode.servicedesk.appointment.form;
