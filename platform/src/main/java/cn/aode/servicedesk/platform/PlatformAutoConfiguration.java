package cn.aode.servicedesk.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.platform.audit.AuditController;
import cn.aode.servicedesk.platform.audit.AuditEntries;
import cn.aode.servicedesk.platform.audit.AuditTrail;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.inbox.InboxConfiguration;
import cn.aode.servicedesk.platform.outbox.OutboxConfiguration;
import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;
import cn.aode.servicedesk.platform.problem.ProblemDocumentation;
import cn.aode.servicedesk.platform.security.ServiceSecurityConfiguration;
import cn.aode.servicedesk.platform.web.IdempotencyKeyFilter;
import cn.aode.servicedesk.platform.web.RequestIdFilter;

/** Wires the platform into every service that has it on the classpath. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@EnableAsync
@EnableScheduling
@Import({ OutboxConfiguration.class, InboxConfiguration.class, ProblemDetailsAdvice.class, RequestIdFilter.class,
		ServiceSecurityConfiguration.class, AuditController.class })
public class PlatformAutoConfiguration {

	/** The one source of "now"; tests replace it with a fixed or mutable clock. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CaseNumbers caseNumbers(JdbcClient jdbc, Clock clock) {
		return new CaseNumbers(jdbc, clock);
	}

	@Bean
	AuditTrail auditTrail(JdbcClient jdbc, Clock clock) {
		return new AuditTrail(jdbc, clock);
	}

	@Bean
	AuditEntries auditEntries(JdbcClient jdbc) {
		return new AuditEntries(jdbc);
	}

	@Bean
	ProblemDocumentation problemDocumentation() {
		return new ProblemDocumentation();
	}

	@Bean
	IdempotencyKeyFilter idempotencyKeyFilter(JdbcClient jdbc, JsonMapper json, Clock clock) {
		return new IdempotencyKeyFilter(jdbc, json, clock);
	}

}
