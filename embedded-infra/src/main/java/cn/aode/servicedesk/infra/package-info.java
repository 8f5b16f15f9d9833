/**
 * Real PostgreSQL and Kafka servers started from the JVM, without Docker: used by the dev
 * stack and, through {@link cn.aode.servicedesk.infra.test.EmbeddedInfra}, by integration
 * tests.
 */
package cn.aode.servicedesk.infra;
