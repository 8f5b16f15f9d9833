package cn.aode.servicedesk.specialist.customer;

import java.time.Instant;
import java.time.LocalDate;

/** Customers as they are stored, for tests outside the package (web slices). */
public final class CustomerFixtures {

	public static final Instant UPDATED_AT = Instant.parse("2026-11-27T02:00:00Z");

	private CustomerFixtures() {
	}

	/** 王丽, a household with special care and a gas need, at version 3. */
	public static Customer wangLi() {
		return new Customer("CRM-U1",
				new CustomerData(CustomerKind.HOUSEHOLD, "王丽", "13812345678", "150526198001011239",
						"科左中旗保康镇幸福小区3号楼2单元501", true, "工作日 18:00-20:00", LocalDate.parse("2024-05-20"), null, true,
						null),
				UPDATED_AT, 3L);
	}

	/** The same customer as first stored (version 0). */
	public static Customer created(CustomerData data) {
		return new Customer("CRM-U1", data, UPDATED_AT, 0L);
	}

}
