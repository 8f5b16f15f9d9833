package cn.aode.servicedesk.specialist.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal numbers keep their first 3 and last 4 characters, nothing between. */
class MaskingTests {

	@Test
	void masksTheMiddleOfAMobileNumber() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void masksEveryCharacterBetweenTheKeptOnesOfALandline() {
		assertThat(Masking.phone("0475-8123456")).isEqualTo("047*****3456");
	}

	@Test
	void masksAnIdNumberKeepingFirstThreeAndLastFour() {
		assertThat(Masking.idNumber("150526198001011239")).isEqualTo("150***********1239");
		assertThat(Masking.idNumber("91350100M000100Y43")).isEqualTo("913***********0Y43");
	}

	@Test
	void masksAShortValueEntirely() {
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.phone("")).isEmpty();
	}

	@Test
	void leavesNullAlone() {
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.idNumber(null)).isNull();
	}

}
