package cn.aode.servicedesk.auth.account;

/** No account has the requested username: answered with 404. */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(String username) {
		super("No account " + username);
	}

}
