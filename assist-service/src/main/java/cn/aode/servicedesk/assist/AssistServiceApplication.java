package cn.aode.servicedesk.assist;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs assist-service on its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssistServiceApplication {

	public static final String NAME = "assist-service";

	public static void main(String[] args) {
		ServiceApplication.run(AssistServiceApplication.class, NAME, args);
	}

}
