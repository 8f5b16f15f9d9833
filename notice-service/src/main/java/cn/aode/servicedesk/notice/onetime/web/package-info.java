/**
 * REST API of one-time notification: pre-checks ({@code /api/v1/prechecks}), notices and
 * their supplements and printable copies ({@code /api/v1/notices}), and applications with
 * their trips ({@code /api/v1/applications}).
 */
package cn.aode.servicedesk.notice.onetime.web;
