package cn.aode.servicedesk.notice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.aode.servicedesk.platform.ServiceApplication;

/** Runs notice-service on its own. */
@SpringBootApplication
public class NoticeServiceApplication {

	public static final String NAME = "notice-service";

	public static void main(String[] args) {
		ServiceApplication.run(NoticeServiceApplication.class, NAME, args);
	}

}
