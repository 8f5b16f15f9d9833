package cn.aode.servicedesk.notice.catalogue.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MaterialForm;
import cn.aode.servicedesk.notice.catalogue.MatterContent;

/**
 * A matter type as the office publishes or revises it (NTC-1): every part is required.
 *
 * @param code the matter's code, for a new matter type only (a revision names it in the
 * path)
 * @param timeLimit a deadline policy: {@code P5WD}, {@code P3D} or {@code PT4WH}
 * @param changeNote what changed and why, for a revision
 */
record MatterRequest(@Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}") String code, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 100) String department,
		@NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> basis,
		@NotBlank @Size(max = 16) String timeLimit,
		@NotNull @Size(max = 30) List<@NotBlank @Size(max = 500) String> procedure,
		@NotNull @Size(max = 50) List<@Valid @NotNull MaterialRequest> materials,
		@NotNull @Size(max = 30) List<@NotBlank @Size(max = 500) String> rectifications,
		@NotNull @Size(max = 30) List<@NotBlank @Size(max = 500) String> notHandled,
		@Size(max = 500) String changeNote) {

	/** One required material. */
	record MaterialRequest(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
			@NotBlank @Size(max = 200) String name, @Min(1) @Max(20) int copies, @NotNull MaterialForm form,
			@Size(max = 200) String appliesWhen, @Size(max = 500) String notes,
			@NotBlank @Size(max = 500) String howToObtain) {

		Material material() {
			return new Material(code, name.strip(), copies, form, blankToNull(appliesWhen), blankToNull(notes),
					howToObtain.strip());
		}

	}

	MatterContent content() {
		return new MatterContent(name.strip(), department.strip(), basis, timeLimit.strip(), procedure,
				materials.stream().map(MaterialRequest::material).toList(), rectifications, notHandled);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
