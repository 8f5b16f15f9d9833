package cn.aode.servicedesk.specialist;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs specialist-service on its own. */
@SpringBootApplication
public class SpecialistServiceApplication {

	public static final String NAME = "specialist-service";

	public static void main(String[] args) {
		ServiceApplication.run(SpecialistServiceApplication.class, NAME, args);
	}

}
