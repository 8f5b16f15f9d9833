package cn.aode.servicedesk.notice.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A matter's time limit (时限) is a deadline policy as deadline-service reads it:
 * {@code P5WD} working days, {@code P3D} calendar days, {@code PT4WH} working hours.
 */
public final class TimeLimits {

	private static final Pattern FORMAT = Pattern.compile("P(?:(\\d{1,4})(WD|D)|T(\\d{1,5})WH)");

	private TimeLimits() {
	}

	/** The policy, checked; 400 for one deadline-service could not read. */
	public static String require(String policy) {
		if (policy == null || !FORMAT.matcher(policy).matches()) {
			throw new IllegalArgumentException(
					"timeLimit must be a deadline policy such as P5WD, P3D or PT4WH, not " + policy);
		}
		return policy;
	}

	/** The limit as the bulletin and the notices print it, e.g. 5个工作日. */
	public static String zh(String policy) {
		Matcher matcher = FORMAT.matcher(require(policy));
		matcher.matches();
		if (matcher.group(3) != null) {
			return Integer.parseInt(matcher.group(3)) + "个工作小时";
		}
		int amount = Integer.parseInt(matcher.group(1));
		return "WD".equals(matcher.group(2)) ? amount + "个工作日" : amount + "日";
	}

}
