package cn.aode.servicedesk.assist.helper.web;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.assist.helper.Helper;
import cn.aode.servicedesk.assist.helper.HelperKind;
import cn.aode.servicedesk.assist.helper.HelperService;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/** The help desk's helpers (AST-2), named by the window staff. */
@RestController
@RequestMapping("/api/v1/helpers")
@Tag(name = "Helpers 帮办代办员", description = "AST-2: full-time and window helpers")
class HelperController {

	/** Who names helpers: the window staff, and the center's head. */
	static final Role[] NAMERS = { Role.SERVICE_CENTER_CLERK, Role.DEPARTMENT_HEAD };

	private final HelperService helpers;

	HelperController(HelperService helpers) {
		this.helpers = helpers;
	}

	/** A staff member named a helper. */
	record NameHelperRequest(@NotBlank @Size(max = 100) String name, @NotNull HelperKind kind) {
	}

	/** A helper as the API shows them. */
	record HelperView(String staffId, String name, Label kind, String namedBy, Instant namedAt, long version) {

		static HelperView of(Helper helper) {
			return new HelperView(helper.staffId(), helper.name(), Label.of(helper.kind()), helper.namedBy(),
					helper.namedAt(), helper.version());
		}

	}

	@PutMapping("/{staffId}")
	@Operation(summary = "Name a staff member a full-time or window helper (AST-2): 201 when new, 200 otherwise; by "
			+ "the window staff or the center's head, 403 naming AST-2 for anyone else; If-Match names the version "
			+ "renamed (412 when stale)")
	@ApiResponse(responseCode = "201", description = "Named: a new helper")
	@ApiResponse(responseCode = "200", description = "Renamed or unchanged")
	ResponseEntity<HelperView> name(Caller caller, @PathVariable @Size(max = 64) String staffId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody NameHelperRequest request) {
		String namer = caller.staffMemberWith("AST-2", NAMERS);
		HelperService.Naming naming = helpers.name(staffId, ETags.parseIfMatch(ifMatch), request.name(), request.kind(),
				namer);
		HelperView view = HelperView.of(naming.helper());
		return (naming.created() ? ResponseEntity.created(URI.create("/api/v1/helpers/" + staffId))
				: ResponseEntity.ok())
			.eTag(ETags.of(naming.helper().version()))
			.body(view);
	}

	@GetMapping("/{staffId}")
	@Operation(summary = "One helper")
	ResponseEntity<HelperView> get(@PathVariable String staffId) {
		return ETags.ok(helpers.get(staffId), HelperView::of);
	}

	@GetMapping
	@Operation(summary = "The helpers, by staff id")
	PageView<HelperView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(helpers.list(PageView.request(page, size, Sort.by("staffId"))), HelperView::of);
	}

}
