package cn.aode.servicedesk.deadline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs deadline-service on its own. */
@SpringBootApplication
public class DeadlineServiceApplication {

	public static final String NAME = "deadline-service";

	public static void main(String[] args) {
		ServiceApplication.run(DeadlineServiceApplication.class, NAME, args);
	}

}
