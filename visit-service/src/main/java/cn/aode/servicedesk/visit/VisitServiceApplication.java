package cn.aode.servicedesk.visit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs visit-service on its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VisitServiceApplication {

	public static final String NAME = "visit-service";

	public static void main(String[] args) {
		ServiceApplication.run(VisitServiceApplication.class, NAME, args);
	}

}
