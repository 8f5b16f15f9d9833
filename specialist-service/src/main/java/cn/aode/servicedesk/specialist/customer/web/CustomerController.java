package cn.aode.servicedesk.specialist.customer.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.specialist.customer.ActiveSpecialists;
import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.CustomerKind;
import cn.aode.servicedesk.specialist.customer.CustomerService;
import cn.aode.servicedesk.specialist.customer.CustomerService.Outcome;
import cn.aode.servicedesk.specialist.customer.CustomerService.Upsert;

/** Customers from the CRM: upsert, bulk import and masked look-ups. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers 客户", description = "SPC-1: the CRM's customers; phone and ID number shown in full "
		+ "only to the customer's own specialists")
class CustomerController {

	private static final String TEXT_CSV = "text/csv";

	private final CustomerService service;

	private final CustomerImport importer;

	private final ActiveSpecialists specialists;

	CustomerController(CustomerService service, CustomerImport importer, ActiveSpecialists specialists) {
		this.service = service;
		this.importer = importer;
		this.specialists = specialists;
	}

	@PutMapping("/{crmId}")
	@Operation(summary = "Create or update a customer from the CRM (201 created, 200 updated or unchanged); If-Match "
			+ "names the version updated (412 when stale)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "200", description = "Updated or unchanged")
	ResponseEntity<CustomerView> upsert(@PathVariable String crmId, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CustomerRequest request) {
		if (request.crmId() != null && !request.crmId().equals(crmId)) {
			throw new IllegalArgumentException(
					"The body names customer " + request.crmId() + " but the path names " + crmId);
		}
		Upsert upsert = service.upsert(crmId, ETags.parseIfMatch(ifMatch), request.toData());
		Customer customer = upsert.customer();
		ResponseEntity.BodyBuilder response = (upsert.outcome() == Outcome.CREATED)
				? ResponseEntity.created(URI.create("/api/v1/customers/" + crmId)) : ResponseEntity.ok();
		return response.eTag(ETags.of(customer.version()))
			.varyBy(HttpHeaders.AUTHORIZATION)
			.body(CustomerView.of(customer, fullView(crmId, caller)));
	}

	@GetMapping("/{crmId}")
	@Operation(summary = "One customer; phone and ID number in full only for an active specialist of the customer, "
			+ "as the caller's token names them")
	ResponseEntity<CustomerView> get(@PathVariable String crmId, Caller caller) {
		Customer customer = service.get(crmId);
		return ResponseEntity.ok()
			.eTag(ETags.of(customer.version()))
			.varyBy(HttpHeaders.AUTHORIZATION)
			.body(CustomerView.of(customer, fullView(crmId, caller)));
	}

	@GetMapping
	@Operation(summary = "Customers by CRM id, optionally of one kind; phone and ID number masked")
	PageView<CustomerView> list(@RequestParam(required = false) CustomerKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.by("crmId"));
		return PageView.of(service.list(kind, pageable), CustomerView::masked);
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a JSON array of customers, each row on its own")
	ImportReport importJson(@RequestBody JsonNode rows) {
		return importer.fromJson(rows);
	}

	@PostMapping(path = "/import", consumes = TEXT_CSV)
	@Operation(summary = "Import CSV with a header row (crmId,kind,name,phone,idNumber,address,specialCare,"
			+ "preferredContactWindows,gasConnectedOn,projectAcceptedOn,hasGasNeed,warrantyEndsOn), each row on its own")
	ImportReport importCsv(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
		Charset charset = MediaType.parseMediaType(contentType).getCharset();
		return importer.fromCsv(new String(body, (charset != null) ? charset : StandardCharsets.UTF_8));
	}

	private boolean fullView(String crmId, Caller caller) {
		return caller.isStaff() && specialists.isActiveSpecialist(crmId, caller.staffId());
	}

}
