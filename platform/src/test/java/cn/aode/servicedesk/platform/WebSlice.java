package cn.aode.servicedesk.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;
import cn.aode.servicedesk.platform.security.ServiceSecurityConfiguration;
import cn.aode.servicedesk.platform.web.RequestIdFilter;

/**
 * A web slice of a service: its controllers with the platform's problem+json answers and
 * request ids and its token validation (requests carry {@link TestTokenIssuer}'s clerk
 * unless a test names another caller), no database and no broker. The application
 * services behind the controllers are replaced with {@code @MockitoBean}s; what they do
 * is proven by integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ ProblemDetailsAdvice.class, RequestIdFilter.class, ServiceSecurityConfiguration.class,
		TestTokenIssuer.class })
public @interface WebSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
