/**
 * Building blocks every service's aggregates share: event registration and the version
 * clients check with If-Match.
 */
package cn.aode.servicedesk.platform.domain;
