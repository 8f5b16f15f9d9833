/** The archive's API: filing by the custodian, search and CSV export. */
package cn.aode.servicedesk.visit.archive.web;
