package cn.aode.servicedesk.auth.dev;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.auth.account.Account;
import cn.aode.servicedesk.auth.account.Accounts;
import cn.aode.servicedesk.auth.account.Role;
import cn.aode.servicedesk.auth.client.ServiceDeskClients;

/**
 * Gives a developer's machine people to log in as (all with password
 * {@value #DEMO_PASSWORD}) and the {@code dev-cli} client. Idempotent: an account that
 * exists is left as it is, so a changed demo password survives a restart. The demo
 * secrets of {@code crm} and {@code ops} come from {@code application-dev.yml}.
 */
@Component
@Profile("dev")
@Order(1)
public class DevSeed implements ApplicationRunner {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "demo-password";

	/** The secret of {@code dev-cli}. */
	public static final String DEV_CLI_SECRET = "dev-cli-secret";

	private static final String DEV_CLI_REDIRECT = "http://127.0.0.1:5173/callback";

	private static final Logger log = LoggerFactory.getLogger(DevSeed.class);

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final RegisteredClientRepository clientRepository;

	private final ServiceDeskClients clients;

	public DevSeed(Accounts accounts, PasswordEncoder passwordEncoder, RegisteredClientRepository clientRepository,
			ServiceDeskClients clients) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clientRepository = clientRepository;
		this.clients = clients;
	}

	@Override
	public void run(ApplicationArguments args) {
		String hash = passwordEncoder.encode(DEMO_PASSWORD);
		List<Account> demo = List.of(Account.staff("gm-01", hash, "总经理 Demo", Set.of(Role.GENERAL_MANAGER)),
				Account.staff("leader-01", hash, "主管领导 Demo", Set.of(Role.PRINCIPAL_LEADER)),
				Account.staff("head-01", hash, "部门负责人 Demo", Set.of(Role.DEPARTMENT_HEAD)),
				Account.staff("spc-01", hash, "客户经理一 Demo", Set.of(Role.SPECIALIST)),
				Account.staff("spc-02", hash, "客户经理二 Demo", Set.of(Role.SPECIALIST)),
				Account.staff("clerk-1", hash, "服务中心专员 Demo", Set.of(Role.SERVICE_CENTER_CLERK)),
				Account.staff("office-01", hash, "办公室 Demo", Set.of(Role.OFFICE_HANDLER)),
				Account.staff("helper-01", hash, "帮扶人 Demo", Set.of(Role.HELPER)),
				Account.staff("sup-01", hash, "监督员 Demo", Set.of(Role.SUPERVISOR)),
				Account.staff("custodian-01", hash, "档案管理员 Demo", Set.of(Role.CUSTODIAN)),
				Account.customer("cust-7", "CRM-7", hash, "客户七 Demo"),
				Account.customer("cust-8", "CRM-8", hash, "客户八 Demo"));
		long created = demo.stream().filter(accounts::createIfMissing).count();
		clientRepository.save(clients.devCli(DEV_CLI_SECRET, DEV_CLI_REDIRECT));
		log.info("Dev seed: {} demo accounts created ({} already there), client {} registered", created,
				demo.size() - created, ServiceDeskClients.DEV_CLI);
	}

}
