package cn.aode.servicedesk.notice.onetime.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.notice.catalogue.web.MatterView.TimeLimitView;
import cn.aode.servicedesk.notice.onetime.Applicant;
import cn.aode.servicedesk.notice.onetime.NoticeItem;
import cn.aode.servicedesk.notice.onetime.OneTimeNotice;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * A one-time notice as it was told (NTC-2, NTC-3): the missing materials and the
 * procedure and time limit of the catalogue version it was issued on; a written one lists
 * its two copies.
 */
record NoticeView(UUID id, String number, UUID applicationId, String applicationNumber, Applicant applicant, int trip,
		Label form, List<Label> copies, ToldMatterView matter, List<ItemView> items, String issuedBy, Instant issuedAt,
		String writtenBy, Instant writtenAt, long version) {

	/** What the notice told of the matter, from the version it was issued on. */
	record ToldMatterView(String code, int version, String name, String department, List<String> basis,
			TimeLimitView timeLimit, List<String> procedure, List<String> notHandled) {

		static ToldMatterView of(MatterVersion matter) {
			return new ToldMatterView(matter.code(), matter.version(), matter.name(), matter.department(),
					matter.basis(), TimeLimitView.of(matter.timeLimit()), matter.procedure(), matter.notHandled());
		}

	}

	/**
	 * A material the notice asks for; {@code cause} (NTC-7) says why a later trip asks
	 * for it again.
	 */
	record ItemView(String materialCode, String name, int copies, Label form, String appliesWhen, String notes,
			String howToObtain, String problem, Label cause) {

		static ItemView of(NoticeItem item) {
			return new ItemView(item.materialCode(), item.name(), item.copies(), Label.of(item.form()),
					item.appliesWhen(), item.notes(), item.howToObtain(), item.problem(),
					item.cause() == null ? null : Label.of(item.cause()));
		}

	}

	static NoticeView of(OneTimeNotice notice, MatterVersion told) {
		return new NoticeView(notice.id(), notice.number(), notice.applicationId(), notice.applicationNumber(),
				notice.applicant(), notice.trip(), Label.of(notice.form()),
				notice.copies().stream().map(Label::of).toList(), ToldMatterView.of(told),
				notice.items().stream().map(ItemView::of).toList(), notice.issuedBy(), notice.issuedAt(),
				notice.writtenBy(), notice.writtenAt(), notice.version());
	}

}
