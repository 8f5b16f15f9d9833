package cn.aode.servicedesk.notice.onetime.web;

import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.notice.catalogue.web.MatterView.TimeLimitView;
import cn.aode.servicedesk.notice.onetime.Application;
import cn.aode.servicedesk.notice.onetime.OneTimeNotice;
import cn.aode.servicedesk.notice.onetime.TripResult;
import cn.aode.servicedesk.notice.onetime.web.NoticeView.ItemView;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * NTC-2: the answer to one trip in one response: complete and handled now, or every
 * missing material with how to obtain it and the notice that told it.
 *
 * @param trip how many times the customer has come for the application
 * @param handlingTimeLimit the time limit handling runs against, once complete (NTC-4)
 * @param notice the notice issued, or null when complete
 */
record TripView(UUID applicationId, String applicationNumber, Label status, int trip, boolean complete,
		List<AcceptedView> accepted, List<ItemView> missing, NoticeSummary notice, TimeLimitView handlingTimeLimit) {

	/** A material found in order. */
	record AcceptedView(String code, String name) {
	}

	/** The notice of this trip. */
	record NoticeSummary(UUID id, String number, Label form) {

		static NoticeSummary of(OneTimeNotice notice) {
			return new NoticeSummary(notice.id(), notice.number(), Label.of(notice.form()));
		}

	}

	static TripView of(TripResult result) {
		Application application = result.application();
		OneTimeNotice notice = result.notice();
		return new TripView(application.id(), application.number(), Label.of(application.status()),
				application.visits(), result.outcome().complete(),
				result.outcome()
					.accepted()
					.stream()
					.map(material -> new AcceptedView(material.code(), material.name()))
					.toList(),
				notice == null ? List.of() : notice.items().stream().map(ItemView::of).toList(),
				notice == null ? null : NoticeSummary.of(notice),
				application.handling() == null ? null : TimeLimitView.of(application.handling().timeLimit()));
	}

}
