package cn.aode.servicedesk.assist;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs assist-service on its own. */
@SpringBootApplication
public class AssistServiceApplication {

	public static final String NAME = "assist-service";

	public static void main(String[] args) {
		ServiceApplication.run(AssistServiceApplication.class, NAME, args);
	}

}
