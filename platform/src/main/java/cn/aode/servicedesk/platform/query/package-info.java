/** Queries that list endpoints share: optional equality filters over aggregates. */
package cn.aode.servicedesk.platform.query;
