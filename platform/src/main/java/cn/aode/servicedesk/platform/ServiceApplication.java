package cn.aode.servicedesk.platform;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service so that it reads {@code platform.yml} and then its own
 * {@code <name>.yml}. Services do not use {@code application.yml} because the dev stack
 * runs them all on one classpath, where one file name could only serve one of them.
 */
public final class ServiceApplication {

	private ServiceApplication() {
	}

	/** A builder for the service; callers may add properties before running it. */
	public static SpringApplicationBuilder builder(Class<?> application, String name) {
		return new SpringApplicationBuilder(application).properties("spring.config.name=platform," + name);
	}

	public static ConfigurableApplicationContext run(Class<?> application, String name, String[] args) {
		return builder(application, name).run(args);
	}

}
