/**
 * Test support: {@link cn.aode.servicedesk.infra.test.EmbeddedInfra} gives a Spring
 * integration test a real PostgreSQL (a fresh database per test class) and a real Kafka,
 * started once per test JVM.
 */
package cn.aode.servicedesk.infra.test;
