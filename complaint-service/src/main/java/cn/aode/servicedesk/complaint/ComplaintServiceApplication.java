package cn.aode.servicedesk.complaint;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs complaint-service on its own. */
@SpringBootApplication
public class ComplaintServiceApplication {

	public static final String NAME = "complaint-service";

	public static void main(String[] args) {
		ServiceApplication.run(ComplaintServiceApplication.class, NAME, args);
	}

}
