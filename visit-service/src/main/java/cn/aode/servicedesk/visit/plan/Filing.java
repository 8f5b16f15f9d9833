package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * A record's place in the archive (回访档案, VST-12): when and by which custodian it was
 * filed, and the quarter of the visit it is classified under (with its kind and
 * customer).
 */
public record Filing(Instant at, String by, String period) {

	/**
	 * The archive's period of a visit: its quarter in Asia/Shanghai, e.g.
	 * {@code 2026-Q4}.
	 */
	public static String periodOf(Instant visitedAt) {
		LocalDate day = LocalDate.ofInstant(visitedAt, CaseNumbers.BUSINESS_ZONE);
		return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}

}
