package cn.aode.servicedesk.infra.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring integration test that needs real PostgreSQL and Kafka. The servers start
 * once per test JVM and are shared; each test class gets its own empty database, so
 * classes never see each other's rows. Sets {@code spring.datasource.*} and
 * {@code spring.kafka.bootstrap-servers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedInfra {

}
