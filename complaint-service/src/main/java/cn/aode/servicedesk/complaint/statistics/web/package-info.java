/** CMP-7's statistics over HTTP, as JSON and as CSV for spreadsheets. */
package cn.aode.servicedesk.complaint.statistics.web;
