package cn.aode.servicedesk.notice.catalogue.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.notice.catalogue.CatalogueService;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The matter catalogue over HTTP (NTC-1): anyone reads it, the office publishes and
 * revises it; the ETag of a matter is its version.
 */
@RestController
@RequestMapping("/api/v1/matters")
@Tag(name = "Matter catalogue 事项目录", description = "NTC-1: basis, time limit, procedure, materials, "
		+ "rectification items and cases not handled of every gas matter, in versions")
class MatterController {

	/** The office (综合办公室) keeps the catalogue; the general manager may too. */
	private static final Role[] EDITORS = { Role.OFFICE_HANDLER, Role.GENERAL_MANAGER };

	private final CatalogueService catalogue;

	MatterController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "The matter types in force, in code order (public)")
	PageView<MatterView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(catalogue.current(PageView.request(page, size, CatalogueService.BY_CODE)), MatterView::of);
	}

	@GetMapping("/{code}")
	@Operation(summary = "The version in force of a matter type (public); its ETag is the version")
	ResponseEntity<MatterView> get(@PathVariable String code) {
		return view(catalogue.current(code));
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "Every version of a matter type, newest first (public)")
	PageView<MatterView> versions(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(
				catalogue.versions(code, PageView.request(page, size, Sort.by(Sort.Direction.DESC, "version"))),
				MatterView::of);
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "One version of a matter type as it was published (public)")
	ResponseEntity<MatterView> version(@PathVariable String code, @PathVariable int version) {
		return view(catalogue.version(code, version));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a new matter type as version 1, with all six parts (422 NTC-1 otherwise); "
			+ "by the office or the general manager (403 NTC-1)")
	ResponseEntity<MatterView> publish(Caller caller, @Valid @RequestBody MatterRequest request) {
		String by = caller.staffMemberWith("NTC-1", EDITORS);
		if (request.code() == null) {
			throw new IllegalArgumentException("A new matter type needs its code");
		}
		MatterVersion matter = catalogue.publish(request.code(), request.content(), by);
		return ResponseEntity.created(URI.create("/api/v1/matters/" + matter.code()))
			.eTag(ETags.of((long) matter.version()))
			.body(MatterView.of(matter));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Revise a matter type: its next version is in force from now, earlier notices keep "
			+ "showing the version they told; If-Match names the version edited (412 when stale)")
	ResponseEntity<MatterView> revise(Caller caller, @PathVariable String code,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MatterRequest request) {
		String by = caller.staffMemberWith("NTC-1", EDITORS);
		if (request.code() != null && !request.code().equals(code)) {
			throw new IllegalArgumentException("The body names matter " + request.code() + ", the path " + code);
		}
		return view(catalogue.revise(code, ETags.parseIfMatch(ifMatch), request.content(), request.changeNote(), by));
	}

	private static ResponseEntity<MatterView> view(MatterVersion matter) {
		return ResponseEntity.ok().eTag(ETags.of((long) matter.version())).body(MatterView.of(matter));
	}

}
