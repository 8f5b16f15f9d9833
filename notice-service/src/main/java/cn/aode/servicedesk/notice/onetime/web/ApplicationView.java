package cn.aode.servicedesk.notice.onetime.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.aode.servicedesk.notice.onetime.Applicant;
import cn.aode.servicedesk.notice.onetime.Application;
import cn.aode.servicedesk.notice.onetime.Completion;
import cn.aode.servicedesk.notice.onetime.Handling;
import cn.aode.servicedesk.notice.onetime.OneTimeFailure;
import cn.aode.servicedesk.notice.onetime.Trip;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * An application with every check of its materials — the customer's trips (NTC-7 counts
 * them in {@code tripCount}) and checks during handling — its handling once complete and
 * the one-time duty failures found.
 */
record ApplicationView(UUID id, String number, String matterCode, Applicant applicant, Label status, int tripCount,
		List<TripView> trips, Handling handling, Completion completion, List<OneTimeFailure> violations,
		Instant openedAt, String openedBy, long version) {

	/**
	 * One check, 1 the first: what was found and the notice it led to; a check during
	 * handling is not a trip of the customer. Documented under its own name: the
	 * pre-check's answer is a {@code TripView} too.
	 */
	@Schema(name = "ApplicationTripView")
	record TripView(int check, Instant at, String checkedBy, List<String> accepted, List<String> missing, UUID noticeId,
			String noticeNumber, boolean inHandling) {

		static TripView of(int number, Trip trip) {
			return new TripView(number, trip.at(), trip.checkedBy(), trip.accepted(), trip.missing(), trip.noticeId(),
					trip.noticeNumber(), trip.inHandling());
		}

	}

	static ApplicationView of(Application application) {
		List<Trip> trips = application.trips();
		return new ApplicationView(application.id(), application.number(), application.matterCode(),
				application.applicant(), Label.of(application.status()), application.visits(),
				IntStream.range(0, trips.size()).mapToObj(i -> TripView.of(i + 1, trips.get(i))).toList(),
				application.handling(), application.completion(), application.violations(), application.openedAt(),
				application.openedBy(), application.version());
	}

}
