/**
 * The dev stack: the whole system on one machine without Docker. Embedded PostgreSQL and
 * Kafka, the seven services in this JVM (they share one classpath, which keeps memory and
 * start time low) and the gateway in a JVM of its own (it is a WebFlux application).
 */
package cn.aode.servicedesk.devstack;
