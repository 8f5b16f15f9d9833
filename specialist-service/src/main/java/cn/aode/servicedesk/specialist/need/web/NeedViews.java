package cn.aode.servicedesk.specialist.need.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.specialist.need.CustomerNeed;
import cn.aode.servicedesk.specialist.need.NeedPart;
import cn.aode.servicedesk.specialist.need.NeedService;

/** Request and response bodies of the needs API. */
final class NeedViews {

	private NeedViews() {
	}

	record DepartmentPart(@NotBlank @Size(max = 32) String departmentId, @Size(max = 16) String policy) {
	}

	record SubmitNeedRequest(@NotBlank @Size(max = 64) String customerCrmId, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 4000) String description, @Size(max = 4000) String preparedInformation,
			@NotEmpty List<@NotNull @Valid DepartmentPart> departments) {
	}

	/** The department head's answer for the department's part. */
	record CompleteRequest(@NotBlank @Size(max = 4000) String answer) {
	}

	record LogRequest(@NotBlank @Size(max = 4000) String entry) {
	}

	record PartView(String departmentId, String headStaffId, String policy, Label status, String acceptedBy,
			Instant acceptedAt, String answer, String completedBy, Instant completedAt, Instant breachedAt) {

		static PartView of(NeedPart part) {
			return new PartView(part.departmentId(), part.headStaffId(), part.policy(), Label.of(part.status()),
					part.acceptedBy(), part.acceptedAt(), part.answer(), part.completedBy(), part.completedAt(),
					part.breachedAt());
		}

	}

	record NeedView(UUID id, String number, String customerCrmId, String specialistId, String title, String description,
			String preparedInformation, Label status, List<PartView> parts, String consolidatedAnswer,
			Instant submittedAt, Instant answeredAt) {

		static NeedView of(CustomerNeed need) {
			return new NeedView(need.id(), need.number(), need.customerCrmId(), need.specialistId(), need.title(),
					need.description(), need.preparedInformation(), Label.of(need.status()),
					need.parts().stream().map(PartView::of).toList(), need.consolidatedAnswer(), need.submittedAt(),
					need.answeredAt());
		}

	}

	/** Who logged what for the customer, when (SPC-5, X-1). */
	record LogEntryView(Instant loggedAt, String staffId, String entry) {

		static LogEntryView of(NeedService.LogEntry entry) {
			return new LogEntryView(entry.loggedAt(), entry.staffId(), entry.entry());
		}

	}

	record FileEntryView(Instant at, Label kind, String text, String reference) {

		static FileEntryView of(NeedService.FileEntry entry) {
			return new FileEntryView(entry.at(), Label.of(entry.kind()), entry.text(), entry.reference());
		}

	}

}
