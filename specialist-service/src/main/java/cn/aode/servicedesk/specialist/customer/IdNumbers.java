package cn.aode.servicedesk.specialist.customer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks the two kinds of ID number a customer may have: a mainland resident ID card
 * (居民身份证, GB 11643: 17 digits, a valid birth date and a mod-11 check character) and an
 * enterprise's unified social credit code (统一社会信用代码, GB 32100: 18 characters and a mod-31
 * check character).
 */
public final class IdNumbers {

	private static final int[] ID_CARD_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CARD_CHECK = "10X98765432";

	private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdNumbers() {
	}

	/** Whether the value is a valid ID card number or unified social credit code. */
	public static boolean isValid(String value) {
		return isIdCard(value) || isCreditCode(value);
	}

	/** A valid 18-character resident ID card number (a lower-case {@code x} counts). */
	public static boolean isIdCard(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		String id = value.toUpperCase(Locale.ROOT);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = id.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * ID_CARD_WEIGHTS[i];
		}
		if (id.charAt(0) == '0' || !validBirthDate(id.substring(6, 14))) {
			return false;
		}
		return id.charAt(17) == ID_CARD_CHECK.charAt(sum % 11);
	}

	/** A valid 18-character unified social credit code. */
	public static boolean isCreditCode(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		String code = value.toUpperCase(Locale.ROOT);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = CREDIT_CODE_CHARS.indexOf(code.charAt(i));
			if (digit < 0) {
				return false;
			}
			sum += digit * CREDIT_CODE_WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return code.charAt(17) == CREDIT_CODE_CHARS.charAt(check == 31 ? 0 : check);
	}

	private static boolean validBirthDate(String yyyymmdd) {
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
			return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
		}
		catch (DateTimeException | NumberFormatException ex) {
			return false;
		}
	}

}
