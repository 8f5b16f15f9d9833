package cn.aode.servicedesk.auth.key;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Makes sure a fresh installation has a key to sign its first token with. */
@Component
public class SigningKeyBootstrap implements ApplicationRunner {

	private final SigningKeyService keys;

	public SigningKeyBootstrap(SigningKeyService keys) {
		this.keys = keys;
	}

	@Override
	public void run(ApplicationArguments args) {
		keys.ensureSigningKey();
	}

}
