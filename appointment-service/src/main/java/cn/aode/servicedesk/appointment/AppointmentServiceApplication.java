package cn.aode.servicedesk.appointment;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs appointment-service on its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AppointmentServiceApplication {

	public static final String NAME = "appointment-service";

	public static void main(String[] args) {
		ServiceApplication.run(AppointmentServiceApplication.class, NAME, args);
	}

}
