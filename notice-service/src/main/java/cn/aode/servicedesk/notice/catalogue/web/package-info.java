/**
 * REST API of the matter catalogue under {@code /api/v1/matters}: public reads of the
 * versions in force and of earlier versions, revisions by the office.
 */
package cn.aode.servicedesk.notice.catalogue.web;
