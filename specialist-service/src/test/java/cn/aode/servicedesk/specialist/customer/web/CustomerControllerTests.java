package cn.aode.servicedesk.specialist.customer.web;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.customer.ActiveSpecialists;
import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.CustomerData;
import cn.aode.servicedesk.specialist.customer.CustomerKind;
import cn.aode.servicedesk.specialist.customer.CustomerService;
import cn.aode.servicedesk.specialist.customer.CustomerService.Outcome;
import cn.aode.servicedesk.specialist.customer.CustomerService.Upsert;

import static cn.aode.servicedesk.specialist.customer.CustomerFixtures.created;
import static cn.aode.servicedesk.specialist.customer.CustomerFixtures.wangLi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The customer API's JSON and problem shapes, masking and the import report, on a mocked
 * service (no database, no broker).
 */
@WebSlice(CustomerController.class)
@Import(CustomerImport.class)
class CustomerControllerTests {

	private static final String FULL = """
			{"crmId":"CRM-U1","kind":{"code":"HOUSEHOLD","zh":"居民用户","en":"Household"},"name":"王丽",
			 "phone":"13812345678","idNumber":"150526198001011239","masked":false,
			 "address":"科左中旗保康镇幸福小区3号楼2单元501","specialCare":true,"preferredContactWindows":"工作日 18:00-20:00",
			 "gasConnectedOn":"2024-05-20","hasGasNeed":true,"updatedAt":"2026-11-27T02:00:00Z","version":3}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CustomerService service;

	@MockitoBean
	ActiveSpecialists specialists;

	@Test
	@DisplayName("SPC-1: the customer's own specialist sees phone and ID number in full, with the version as ETag")
	void theOwnSpecialistSeesTheCustomerInFull() {
		given(service.get("CRM-U1")).willReturn(wangLi());
		given(specialists.isActiveSpecialist("CRM-U1", "staff-m1")).willReturn(true);

		MvcTestResult result = mvc.get()
			.uri("/api/v1/customers/CRM-U1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("staff-m1"))
			.exchange();

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"3\"").hasHeader("Vary", "Authorization");
		assertThat(result).bodyJson().isStrictlyEqualTo(FULL);
	}

	@Test
	@DisplayName("SPC-1: anyone else sees phone and ID number masked")
	void othersSeeTheCustomerMasked() {
		given(service.get("CRM-U1")).willReturn(wangLi());

		MvcTestResult result = mvc.get()
			.uri("/api/v1/customers/CRM-U1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("staff-m2"))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.phone").isEqualTo("138****5678");
		assertThat(result).bodyJson().extractingPath("$.idNumber").isEqualTo("150***********1239");
		assertThat(result).bodyJson().extractingPath("$.masked").isEqualTo(true);
	}

	@Test
	@DisplayName("SPC-1: a new customer answers 201 with its location and version 0; an unchanged upsert 200")
	void anUpsertAnswers201WhenCreatedAnd200Otherwise() {
		CustomerData data = new CustomerData(CustomerKind.ENTERPRISE, "奥德燃气", "0475-8123456", null, null, false, null,
				null, null, false, null);
		given(service.upsert("CRM-U1", null, data)).willReturn(new Upsert(created(data), Outcome.CREATED),
				new Upsert(created(data), Outcome.UNCHANGED));
		String body = """
				{"kind":"ENTERPRISE","name":"奥德燃气","phone":"0475-8123456"}""";

		MvcTestResult first = calls().put("/api/v1/customers/CRM-U1", body);
		assertThat(first).hasStatus(HttpStatus.CREATED)
			.hasHeader("ETag", "\"0\"")
			.hasHeader("Location", "/api/v1/customers/CRM-U1");
		assertThat(first).bodyJson().isStrictlyEqualTo("""
				{"crmId":"CRM-U1","kind":{"code":"ENTERPRISE","zh":"企业用户","en":"Enterprise"},"name":"奥德燃气",
				 "phone":"047*****3456","masked":true,"specialCare":false,"hasGasNeed":false,
				 "updatedAt":"2026-11-27T02:00:00Z","version":0}""");
		assertThat(calls().put("/api/v1/customers/CRM-U1", body)).hasStatus(HttpStatus.OK).hasHeader("ETag", "\"0\"");
	}

	@Test
	@DisplayName("SPC-1: an upsert passes the If-Match version on; a stale one answers 412 problem+json")
	void anUpsertFromAStaleVersionAnswers412() {
		CustomerData data = new CustomerData(CustomerKind.ENTERPRISE, "奥德燃气", "0475-8123456", null, null, false, null,
				null, null, false, null);
		given(service.upsert("CRM-U2", 4L, data)).willThrow(new StaleVersionException("Customer", "CRM-U2", 4, 5));

		MvcTestResult stale = calls().put("/api/v1/customers/CRM-U2", "\"4\"", """
				{"kind":"ENTERPRISE","name":"奥德燃气","phone":"0475-8123456"}""");

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(stale).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:stale-version");
	}

	@Test
	void invalidFieldsAnswer400ProblemWithEachFieldError() {
		MvcTestResult result = calls().put("/api/v1/customers/CRM-BAD", """
				{"name":"","phone":"12","idNumber":"150526198001011238"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("kind", "name", "phone", "idNumber");
		verifyNoInteractions(service);
	}

	@Test
	void aBodyNamingAnotherCustomerAnswers400() {
		MvcTestResult result = calls().put("/api/v1/customers/CRM-P1", """
				{"crmId":"CRM-P2","kind":"ENTERPRISE","name":"奥德燃气","phone":"0475-8123456"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:invalid-value");
		verifyNoInteractions(service);
	}

	@Test
	void anUnknownCustomerAnswers404Problem() {
		given(service.get("CRM-NOPE")).willThrow(new NotFoundException("Customer", "CRM-NOPE"));

		MvcTestResult result = mvc.get().uri("/api/v1/customers/CRM-NOPE").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Customer CRM-NOPE does not exist");
	}

	@Test
	@DisplayName("SPC-1: the list is one page of masked customers of one kind, by CRM id")
	void listsAPageOfMaskedCustomers() {
		given(service.list(eq(CustomerKind.HOUSEHOLD), any()))
			.willReturn(new PageImpl<>(List.<Customer>of(wangLi()), PageRequest.of(0, 200, Sort.by("crmId")), 201));

		MvcTestResult result = mvc.get().uri("/api/v1/customers?kind=HOUSEHOLD&size=500").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[*].phone").asArray().containsExactly("138****5678");
		assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(200);
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(201);
		assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
	}

	@Test
	@DisplayName("SPC-1: a JSON import reports each bad row with its errors and upserts the good ones")
	void aJsonImportReportsBadRows() {
		CustomerData zhang = new CustomerData(CustomerKind.HOUSEHOLD, "张三", "13900000001", null, null, false, null,
				null, null, true, null);
		given(service.upsert("CRM-J1", null, zhang)).willReturn(new Upsert(created(zhang), Outcome.CREATED));

		MvcTestResult result = calls().post("/api/v1/customers/import", """
				[{"crmId":"CRM-J1","kind":"HOUSEHOLD","name":"张三","phone":"13900000001","hasGasNeed":true},
				 {"crmId":"CRM-J2","kind":"HOUSEHOLD","name":"李四","phone":"12345"}]""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.received").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.rejected[*].crmId").asArray().containsExactly("CRM-J2");
		assertThat(result).bodyJson().extractingPath("$.rejected[0].errors[0]").asString().startsWith("phone: ");
	}

	@Test
	void anImportThatIsNotAnArrayAnswers400() {
		MvcTestResult result = calls().post("/api/v1/customers/import", "{\"crmId\":\"CRM-J1\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(service);
	}

	private JsonCalls calls() {
		return new JsonCalls(mvc);
	}

}
