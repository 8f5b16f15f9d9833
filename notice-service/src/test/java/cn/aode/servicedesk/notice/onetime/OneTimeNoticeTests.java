package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Oral and written one-time notices, without Spring. */
class OneTimeNoticeTests {

	private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

	private final MatterVersion matter = MatterFixtures.first(MatterFixtures.material("ID_CARD", "户主居民身份证"),
			MatterFixtures.material("PROPERTY_PROOF", "房屋产权证明"));

	private final Application application = Application.open("BJ20261127-0001", matter.code(),
			new Applicant("王丽", "13812345678", null), "clerk-1", NOW);

	@Test
	@DisplayName("NTC-3: a notice is oral by default, recorded without paper copies; written on request it is "
			+ "issued in two copies, the customer's and the department's")
	void oralByDefaultWrittenInTwoCopies() {
		OneTimeNotice oral = issue(null);
		OneTimeNotice written = issue(NoticeForm.WRITTEN);

		assertThat(oral.form()).isEqualTo(NoticeForm.ORAL);
		assertThat(oral.copies()).isEmpty();
		assertThat(oral.items()).extracting(NoticeItem::name).containsExactly("户主居民身份证", "房屋产权证明");
		assertThat(written.copies()).containsExactly(NoticeCopy.CUSTOMER, NoticeCopy.DEPARTMENT);
		assertThat(written.writtenBy()).isEqualTo("clerk-1");
	}

	@Test
	@DisplayName("NTC-3: an oral notice is put in writing once, with the same items; a second time is refused")
	void anOralNoticeIsPutInWritingOnce() {
		OneTimeNotice notice = issue(NoticeForm.ORAL);

		notice.putInWriting("clerk-2", NOW.plusSeconds(60));

		assertThat(notice.copies()).hasSize(2);
		assertThat(notice.writtenBy()).isEqualTo("clerk-2");
		assertThat(notice.issuedBy()).isEqualTo("clerk-1");
		assertThatExceptionOfType(InvalidStateException.class)
			.isThrownBy(() -> notice.putInWriting("clerk-3", NOW.plusSeconds(120)));
		assertThat(notice.writtenBy()).isEqualTo("clerk-2");
	}

	private OneTimeNotice issue(NoticeForm form) {
		PreCheckOutcome outcome = PreCheck.check(matter, List.of(), Set.of(), Set.of());
		return OneTimeNotice.issue("GZ20261127-0001", application, matter, 1,
				outcome.missing().stream().map(missing -> NoticeItem.of(missing, null)).toList(),
				new TripMaterials(List.of(), Set.of(), Set.of(), form).form(), "clerk-1", NOW);
	}

}
