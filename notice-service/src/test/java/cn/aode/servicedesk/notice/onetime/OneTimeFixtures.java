package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

/** Applications and notices in given states, for tests of the API's shapes. */
public final class OneTimeFixtures {

	public static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

	public static final MatterVersion MATTER = MatterFixtures.first(MatterFixtures.material("ID_CARD", "户主居民身份证"),
			MatterFixtures.material("PROPERTY_PROOF", "房屋产权证明"));

	private OneTimeFixtures() {
	}

	/**
	 * A first trip that brought only the ID card: an oral notice of the property proof.
	 */
	public static TripResult incompleteFirstTrip() {
		Application application = Application.open("BJ20261127-0001", MATTER.code(),
				new Applicant("王丽", "13812345678", null), "clerk-1", NOW);
		PreCheckOutcome outcome = PreCheck.check(MATTER, List.of(new Presented("ID_CARD", null)), Set.of(), Set.of());
		OneTimeNotice notice = OneTimeNotice.issue("GZ20261127-0001", application, MATTER, 1,
				outcome.missing().stream().map(missing -> NoticeItem.of(missing, null)).toList(), NoticeForm.ORAL,
				"clerk-1", NOW);
		application.noticed(MATTER, outcome, notice, "clerk-1", false, null, NOW);
		return new TripResult(application, outcome, notice);
	}

}
