package cn.aode.servicedesk.notice.onetime.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.notice.onetime.Applicant;
import cn.aode.servicedesk.notice.onetime.NoticeForm;
import cn.aode.servicedesk.notice.onetime.Presented;
import cn.aode.servicedesk.notice.onetime.TripMaterials;

/** What staff send about a trip of a customer. */
final class TripRequests {

	private TripRequests() {
	}

	/** A material handed in; {@code problem} says why it cannot be accepted, if so. */
	record PresentedRequest(@NotBlank @Size(max = 40) String code, @Size(max = 500) String problem) {

		Presented presented() {
			return new Presented(code.strip(), problem == null || problem.isBlank() ? null : problem.strip());
		}

	}

	/** The applicant as they give themselves at the hall. */
	record ApplicantRequest(@NotBlank @Size(max = 100) String name,
			@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
					message = "must be a mainland mobile or landline number") String phone,
			@Size(max = 64) String customerId) {

		Applicant applicant() {
			return new Applicant(name.strip(), phone, customerId == null || customerId.isBlank() ? null : customerId);
		}

	}

	/**
	 * NTC-2: the first trip for a matter: who applies and what they brought.
	 *
	 * @param applicable codes of conditional materials whose circumstance applies (e.g.
	 * an agent applies for the owner)
	 * @param notice how the customer wants to be told what is missing: ORAL (default) or
	 * WRITTEN (NTC-3)
	 */
	record PreCheckRequest(@NotBlank @Size(max = 40) String matterCode, @NotNull @Valid ApplicantRequest applicant,
			@NotNull @Size(max = 50) List<@Valid @NotNull PresentedRequest> presented,
			@Size(max = 50) Set<@NotBlank String> applicable, NoticeForm notice) {

		TripMaterials materials() {
			return new TripMaterials(presented.stream().map(PresentedRequest::presented).toList(), applicable, null,
					notice);
		}

	}

	/**
	 * NTC-4: a later trip: what the customer brought for the notice, and any material
	 * accepted before that is no longer in order (handed in again with its problem).
	 *
	 * @param newCircumstances conditional materials whose circumstance arose since the
	 * first trip (NTC-7: not the first issuer's fault)
	 */
	record SupplementRequest(@NotNull @Size(max = 50) List<@Valid @NotNull PresentedRequest> presented,
			@Size(max = 50) Set<@NotBlank String> applicable, @Size(max = 50) Set<@NotBlank String> newCircumstances,
			NoticeForm notice) {

		TripMaterials materials() {
			return new TripMaterials(presented.stream().map(PresentedRequest::presented).toList(), applicable,
					newCircumstances, notice);
		}

	}

	/**
	 * NTC-7: materials found missing or not in order while the application is handled.
	 *
	 * @param missing each material found wanting, with its problem (none: not there)
	 * @param newCircumstances conditional materials whose circumstance arose since the
	 * first trip
	 */
	record FurtherNoticeRequest(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull PresentedRequest> missing,
			@Size(max = 50) Set<@NotBlank String> applicable, @Size(max = 50) Set<@NotBlank String> newCircumstances,
			NoticeForm notice) {

		TripMaterials found() {
			return new TripMaterials(missing.stream().map(PresentedRequest::presented).toList(), applicable,
					newCircumstances, notice);
		}

	}

}
