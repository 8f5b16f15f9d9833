/**
 * The public bulletin over HTTP under {@code /api/v1/bulletin}: JSON for front ends and a
 * printable page for the hall's notice board, both without a token.
 */
package cn.aode.servicedesk.notice.bulletin.web;
