package cn.aode.servicedesk.deadline.calendar;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Calendar settings and the import of the official data at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	ApplicationRunner officialCalendarImport(CalendarService calendar) {
		return args -> calendar.seedFromOfficialData();
	}

}
