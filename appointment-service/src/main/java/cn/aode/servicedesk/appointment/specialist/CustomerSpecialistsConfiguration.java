package cn.aode.servicedesk.appointment.specialist;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.platform.projection.CustomerSpecialists;

/**
 * The customers' specialists this service keeps (APT-6: the default staff of an
 * appointment).
 */
@Configuration(proxyBeanMethods = false)
class CustomerSpecialistsConfiguration {

	@Bean
	CustomerSpecialists customerSpecialists(JdbcClient jdbc) {
		return new CustomerSpecialists(jdbc);
	}

}
