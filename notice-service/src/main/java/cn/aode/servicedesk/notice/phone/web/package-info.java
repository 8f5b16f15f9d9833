/** REST API of the phone consultation log under {@code /api/v1/phone-consultations}. */
package cn.aode.servicedesk.notice.phone.web;
