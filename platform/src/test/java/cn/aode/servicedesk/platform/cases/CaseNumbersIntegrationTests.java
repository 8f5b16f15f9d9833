package cn.aode.servicedesk.platform.cases;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The two ways of taking a case number against real PostgreSQL: inside the case's
 * transaction (rolled back with it) or committed at once (not waiting for another case's
 * transaction).
 */
@SpringBootTest(classes = CaseNumbersIntegrationTests.NumbersApplication.class,
		properties = "spring.application.name=platform-cases-test")
@EmbeddedInfra
class CaseNumbersIntegrationTests {

	@Autowired
	CaseNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNumberTakenInsideTheCasesTransactionRollsBackWithIt() {
		String first = numbers.next("QA");

		transactions.executeWithoutResult(status -> {
			numbers.next("QA");
			status.setRollbackOnly();
		});

		assertThat(counterOf(numbers.next("QA"))).isEqualTo(counterOf(first) + 1);
	}

	@Test
	void aNumberCommittedAtOnceStaysTakenWhenTheCaseFails() {
		String taken = numbers.nextCommitted("QB");
		transactions.executeWithoutResult(status -> status.setRollbackOnly());

		assertThat(counterOf(numbers.nextCommitted("QB"))).isEqualTo(counterOf(taken) + 1);
	}

	@Test
	void aNumberCommittedAtOnceDoesNotWaitForAnotherCasesOpenTransaction() throws Exception {
		CountDownLatch numbered = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> slowCase = CompletableFuture.supplyAsync(() -> {
			String number = numbers.nextCommitted("QC");
			return transactions.execute(status -> {
				numbered.countDown();
				await(finish);
				return number;
			});
		});
		try {
			assertThat(numbered.await(10, TimeUnit.SECONDS)).isTrue();

			String next = CompletableFuture.supplyAsync(() -> numbers.nextCommitted("QC"))
				.get(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);

			assertThat(counterOf(next)).isGreaterThan(0);
		}
		finally {
			finish.countDown();
		}
		assertThat(slowCase.get(10, TimeUnit.SECONDS)).startsWith("QC");
	}

	@Test
	void aNumberCommittedAtOnceIsRefusedInsideATransaction() {
		assertThatIllegalStateException()
			.isThrownBy(() -> transactions.executeWithoutResult(status -> numbers.nextCommitted("QD")));
	}

	private static int counterOf(String number) {
		return Integer.parseInt(number.substring(number.indexOf('-') + 1));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@SpringBootApplication
	static class NumbersApplication {

	}

}
