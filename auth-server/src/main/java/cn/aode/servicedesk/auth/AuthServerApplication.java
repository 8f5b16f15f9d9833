package cn.aode.servicedesk.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the auth server, alone in its own JVM. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

	public static final String NAME = "auth-server";

	public static void main(String[] args) {
		SpringApplication.run(AuthServerApplication.class, args);
	}

}
