package cn.aode.servicedesk.specialist.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** ID card numbers (GB 11643) and unified social credit codes (GB 32100) are checked. */
class IdNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "150526198001011239", "11010519491231002X", "11010519491231002x", "150526200102028881" })
	void acceptsIdCardsWithTheRightCheckCharacter(String id) {
		assertThat(IdNumbers.isIdCard(id)).isTrue();
		assertThat(IdNumbers.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "150526198001011238", "110105194912310021", "15052619800101123", "1505261980010112390",
			"15052619800101123A", "15052619801301123X", "15052619800230123X", "050526198001011239" })
	void refusesWrongChecksumsLengthsCharactersAndBirthDates(String id) {
		assertThat(IdNumbers.isIdCard(id)).isFalse();
	}

	@Test
	void refusesABirthDateInTheFuture() {
		String body = "15052629990101123";
		assertThat(IdNumbers.isIdCard(body + checkCharacter(body))).isFalse();
	}

	@Test
	void acceptsUnifiedSocialCreditCodesWithTheRightCheckCharacter() {
		assertThat(IdNumbers.isCreditCode("91350100M000100Y43")).isTrue();
		assertThat(IdNumbers.isCreditCode("91152326MA0N1234XX")).isTrue();
		assertThat(IdNumbers.isValid("91350100M000100Y43")).isTrue();
	}

	@Test
	void refusesCreditCodesWithAWrongCheckCharacterOrForbiddenLetters() {
		assertThat(IdNumbers.isCreditCode("91350100M000100Y44")).isFalse();
		assertThat(IdNumbers.isCreditCode("91350100M000100I43")).isFalse();
		assertThat(IdNumbers.isCreditCode("91350100M000100Y4")).isFalse();
		assertThat(IdNumbers.isValid(null)).isFalse();
		assertThat(IdNumbers.isValid("")).isFalse();
	}

	@Test
	void theConstraintTreatsBlankAsNotGiven() {
		IdNumber.Validator validator = new IdNumber.Validator();
		assertThat(validator.isValid(null, null)).isTrue();
		assertThat(validator.isValid(" ", null)).isTrue();
		assertThat(validator.isValid("150526198001011239", null)).isTrue();
		assertThat(validator.isValid("150526198001011238", null)).isFalse();
	}

	private static char checkCharacter(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

}
