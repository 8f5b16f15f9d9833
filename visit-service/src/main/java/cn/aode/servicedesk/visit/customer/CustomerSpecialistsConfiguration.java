package cn.aode.servicedesk.visit.customer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.platform.projection.CustomerSpecialists;

/** The customers' specialists this service keeps (VST-5: the default visitor). */
@Configuration(proxyBeanMethods = false)
class CustomerSpecialistsConfiguration {

	@Bean
	CustomerSpecialists customerSpecialists(JdbcClient jdbc) {
		return new CustomerSpecialists(jdbc);
	}

}
