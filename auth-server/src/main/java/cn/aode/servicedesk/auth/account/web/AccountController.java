package cn.aode.servicedesk.auth.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.aode.servicedesk.auth.account.AccountService;
import cn.aode.servicedesk.auth.account.AccountService.Provisioned;
import cn.aode.servicedesk.auth.account.FieldProblem;
import cn.aode.servicedesk.auth.account.InvalidAccountException;

/**
 * Lets operations onboard staff and customers and keep their accounts in line with
 * specialist-service and the CRM (scope {@code accounts}, ADR 9).
 */
@RestController
@RequestMapping("/api/v1/accounts")
public class AccountController {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final AccountService accounts;

	public AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Creates the account (201) or updates it (200). */
	@PutMapping("/{username}")
	public ResponseEntity<AccountView> put(@PathVariable String username, @RequestBody AccountRequest request) {
		List<FieldProblem> problems = new ArrayList<>(usernameProblems(username));
		problems.addAll(request.problems());
		if (!problems.isEmpty()) {
			throw new InvalidAccountException(problems);
		}
		Provisioned provisioned = accounts.provision(username, request.toChange());
		AccountView view = AccountView.of(provisioned.account());
		if (provisioned.created()) {
			return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
				.body(view);
		}
		return ResponseEntity.ok(view);
	}

	@GetMapping("/{username}")
	public AccountView get(@PathVariable String username) {
		List<FieldProblem> problems = usernameProblems(username);
		if (!problems.isEmpty()) {
			throw new InvalidAccountException(problems);
		}
		return AccountView.of(accounts.get(username));
	}

	private static List<FieldProblem> usernameProblems(String username) {
		if (USERNAME.matcher(username).matches()) {
			return List.of();
		}
		return List.of(new FieldProblem("username",
				"must be 2 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit"));
	}

}
