package cn.aode.servicedesk.gateway;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis configuration (connection, health, repositories) out of the
 * gateway unless the rate limits are kept in Redis, so that a gateway without Redis
 * neither reports it down nor keeps a client for it. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class RedisOnlyForRateLimits implements AutoConfigurationImportFilter, EnvironmentAware {

	private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.";

	private boolean redisStore;

	@Override
	public void setEnvironment(Environment environment) {
		this.redisStore = RateLimitProperties.Store.REDIS.name()
			.equalsIgnoreCase(environment.getProperty(RateLimitConfiguration.STORE, ""));
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String name = autoConfigurationClasses[i];
			matches[i] = redisStore || name == null || !name.startsWith(REDIS_AUTO_CONFIGURATION);
		}
		return matches;
	}

}
