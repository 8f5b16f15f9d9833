package cn.aode.servicedesk.specialist.customer.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;

import static cn.aode.servicedesk.platform.ApiDocumentAssertions.assertDocumentedAnswers;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The customer API: upsert from the CRM, bulk import and masking, on real PostgreSQL and
 * Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class CustomerApiIntegrationTests {

	private static final String WANG_LI = """
			{"kind":"HOUSEHOLD","name":"%s","phone":"13812345678","idNumber":"150526198001011239",
			 "address":"科左中旗保康镇幸福小区3号楼2单元501","specialCare":true,
			 "preferredContactWindows":"工作日 18:00-20:00","gasConnectedOn":"2024-05-20","hasGasNeed":true}""";

	@Autowired
	MockMvcTester mvc;

	private JsonCalls calls;

	@BeforeEach
	void jsonCalls() {
		calls = new JsonCalls(mvc);
	}

	@Test
	@DisplayName("The CRM keeps the customers with its client token (scope crm.customers) and sees them masked; "
			+ "without the scope, or anywhere else, it is refused with 403")
	void theCrmKeepsCustomersAndNothingElse() {
		JsonCalls crm = calls.as(TestTokens.client("crm", "crm.customers"));

		MvcTestResult created = crm.put("/api/v1/customers/CRM-KEPT-BY-CRM", WANG_LI.formatted("王丽"));

		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.masked").isEqualTo(true);
		assertThat(crm.get("/api/v1/customers/CRM-KEPT-BY-CRM")).hasStatusOk();
		assertThat(crm.get("/api/v1/staff/head-01")).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(calls.as(TestTokens.client("crm", "crm.projects"))
			.put("/api/v1/customers/CRM-NOT-IN-SCOPE", WANG_LI.formatted("王丽"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(calls.as(TestTokens.customer("CRM-KEPT-BY-CRM")).get("/api/v1/customers/CRM-KEPT-BY-CRM"))
			.as("customers read their data through the CRM's own channels")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("SPC-1, APT-3, X-1: an upsert creates (201), updates (200) and repeats without a change (200, same "
			+ "version); it keeps when the CRM's values last changed")
	void upsertCreatesUpdatesAndLeavesUnchanged() throws Exception {
		Instant before = Instant.now();
		MvcTestResult created = put("/api/v1/customers/CRM-U1", WANG_LI.formatted("王丽"));
		Instant createdAt = Instant.parse(JsonPath.read(created.getResponse().getContentAsString(), "$.updatedAt"));
		assertThat(createdAt).isBetween(before, Instant.now());

		assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/customers/CRM-U1");
		assertThat(created).bodyJson()
			.extractingPath("$.kind")
			.isEqualTo(Map.of("code", "HOUSEHOLD", "zh", "居民用户", "en", "Household"));
		assertThat(created).bodyJson().extractingPath("$.specialCare").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.gasConnectedOn").isEqualTo("2024-05-20");

		MvcTestResult same = put("/api/v1/customers/CRM-U1", WANG_LI.formatted("王丽"));
		assertThat(same).hasStatus(HttpStatus.OK).hasHeader("ETag", "\"0\"");
		assertThat(same).as("an upsert that changes nothing is not a change (stored to the microsecond)")
			.bodyJson()
			.extractingPath("$.updatedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isCloseTo(createdAt, within(1, ChronoUnit.MICROS)));

		Instant beforeUpdate = Instant.now();
		MvcTestResult updated = put("/api/v1/customers/CRM-U1", WANG_LI.formatted("王丽华"));
		assertThat(updated).hasStatus(HttpStatus.OK).hasHeader("ETag", "\"1\"");
		assertThat(updated).bodyJson()
			.extractingPath("$.updatedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isBetween(beforeUpdate, Instant.now()));
		assertThat(updated).bodyJson().extractingPath("$.name").isEqualTo("王丽华");
		assertThat(updated).bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);

		assertThat(put("/api/v1/customers/CRM-U1", WANG_LI.formatted("王丽华"))).hasStatus(HttpStatus.OK)
			.hasHeader("ETag", "\"1\"");
		assertThat(mvc.get().uri("/api/v1/customers/CRM-U1").exchange()).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("王丽华");
	}

	@Test
	void anInvalidCustomerIsNotStored() {
		assertThat(put("/api/v1/customers/CRM-BAD", """
				{"name":"","phone":"12","idNumber":"150526198001011238"}""")).hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(mvc.get().uri("/api/v1/customers/CRM-BAD").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("VST-2: a project's warranty end is kept with the customer for visit-service's after-sales "
			+ "schedule; one before the acceptance, or without an accepted project, answers 400")
	void warrantyEndIsKeptAndChecked() {
		MvcTestResult kept = put("/api/v1/customers/CRM-W1", """
				{"kind":"ENTERPRISE","name":"科左中旗某某供热公司","phone":"0475-8123456",
				 "projectAcceptedOn":"2025-08-31","warrantyEndsOn":"2028-08-30"}""");
		assertThat(kept).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.warrantyEndsOn")
			.isEqualTo("2028-08-30");

		assertProblem(put("/api/v1/customers/CRM-W2", """
				{"kind":"ENTERPRISE","name":"科左中旗某某供热公司","phone":"0475-8123456",
				 "projectAcceptedOn":"2025-08-31","warrantyEndsOn":"2025-08-30"}"""), HttpStatus.BAD_REQUEST,
				"validation");
		assertProblem(put("/api/v1/customers/CRM-W3", """
				{"kind":"ENTERPRISE","name":"科左中旗某某供热公司","phone":"0475-8123456","warrantyEndsOn":"2028-08-30"}"""),
				HttpStatus.BAD_REQUEST, "validation");
	}

	@Test
	@DisplayName("SPC-1: a JSON import stores the good rows and reports each bad row with its errors")
	void importsJsonRowByRow() {
		MvcTestResult result = calls.post("/api/v1/customers/import", """
				[{"crmId":"CRM-J1","kind":"HOUSEHOLD","name":"张三","phone":"13900000001","hasGasNeed":true},
				 {"crmId":"CRM-J2","kind":"HOUSEHOLD","name":"李四","phone":"12345"},
				 {"crmId":"CRM-J3","kind":"ENTERPRISE","name":"科左中旗某某供热公司","phone":"0475-8123456",
				  "idNumber":"91350100M000100Y43","projectAcceptedOn":"2025-03-01"},
				 {"crmId":"CRM-J4","kind":"HOUSEHOLD","name":"","phone":"13900000004"},
				 {"crmId":"CRM-J5","kind":"HOUSEHOLD","name":"赵六","phone":"13900000005","specialCare":true}]""");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.received").asNumber().isEqualTo(5);
		assertThat(result).bodyJson().extractingPath("$.created").asNumber().isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.rejected[*].row").asArray().containsExactly(2, 4);
		assertThat(result).bodyJson()
			.extractingPath("$.rejected[*].crmId")
			.asArray()
			.containsExactly("CRM-J2", "CRM-J4");
		assertThat(result).bodyJson().extractingPath("$.rejected[0].errors[0]").asString().startsWith("phone: ");
		assertThat(result).bodyJson().extractingPath("$.rejected[1].errors[0]").asString().startsWith("name: ");
		assertThat(mvc.get().uri("/api/v1/customers?kind=ENTERPRISE&size=200").exchange())
			.as("customers of one kind, by the embedded CRM values")
			.bodyJson()
			.extractingPath("$.items[*].crmId")
			.asArray()
			.contains("CRM-J3")
			.doesNotContain("CRM-J1", "CRM-J5");
		for (String stored : new String[] { "CRM-J1", "CRM-J3", "CRM-J5" }) {
			assertThat(mvc.get().uri("/api/v1/customers/" + stored).exchange()).hasStatus(HttpStatus.OK);
		}
		assertThat(mvc.get().uri("/api/v1/customers/CRM-J2").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/customers/CRM-J4").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("SPC-1, APT-3: a CSV import reads quoted fields, stores the good rows and reports rows 2 and 4")
	void importsCsvRowByRow() {
		String csv = """
				crmId,kind,name,phone,idNumber,address,specialCare,preferredContactWindows,gasConnectedOn,projectAcceptedOn,hasGasNeed
				CRM-C1,HOUSEHOLD,王丽,13812345678,150526198001011239,"保康镇幸福小区3号楼,2单元""501""\",是,工作日 18:00-20:00,2024-05-20,,true
				CRM-C2,HOUSEHOLD,李四,13900000002,150526198001011238,保康镇,false,,,,true
				CRM-C3,企业用户,某某供热公司,0475-8123456,91350100M000100Y43,工业园区,false,,,2025-03-01,true
				CRM-C4,GAS,王五,13900000004,,保康镇,maybe,,2024-13-01,,false
				CRM-C5,household,赵六,13900000005,,,,,,,
				""";

		MvcTestResult result = mvc.post()
			.uri("/api/v1/customers/import")
			.contentType("text/csv")
			.content(csv)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.received").asNumber().isEqualTo(5);
		assertThat(result).bodyJson().extractingPath("$.created").asNumber().isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.rejected[*].row").asArray().containsExactly(2, 4);
		assertThat(result).bodyJson()
			.extractingPath("$.rejected[0].errors")
			.asArray()
			.singleElement()
			.asString()
			.startsWith("idNumber: ");
		assertThat(result).bodyJson()
			.extractingPath("$.rejected[1].errors")
			.asArray()
			.hasSize(3)
			.anySatisfy(error -> assertThat(error).asString().startsWith("kind: "))
			.anySatisfy(error -> assertThat(error).asString().startsWith("specialCare: "))
			.anySatisfy(error -> assertThat(error).asString().startsWith("gasConnectedOn: "));

		MvcTestResult wang = mvc.get().uri("/api/v1/customers/CRM-C1").exchange();
		assertThat(wang).hasStatus(HttpStatus.OK);
		assertThat(wang).bodyJson().extractingPath("$.address").isEqualTo("保康镇幸福小区3号楼,2单元\"501\"");
		assertThat(wang).bodyJson().extractingPath("$.specialCare").isEqualTo(true);
		assertThat(wang).bodyJson().extractingPath("$.preferredContactWindows").isEqualTo("工作日 18:00-20:00");
		assertThat(mvc.get().uri("/api/v1/customers/CRM-C3").exchange()).bodyJson()
			.extractingPath("$.kind.code")
			.isEqualTo("ENTERPRISE");
		assertThat(mvc.get().uri("/api/v1/customers/CRM-C5").exchange()).bodyJson()
			.extractingPath("$.hasGasNeed")
			.isEqualTo(false);
		assertThat(mvc.get().uri("/api/v1/customers/CRM-NOT-IN-SCOPE").exchange()).hasStatus(HttpStatus.NOT_FOUND);

		MvcTestResult again = mvc.post()
			.uri("/api/v1/customers/import")
			.contentType("text/csv")
			.content(csv)
			.exchange();
		assertThat(again).bodyJson().extractingPath("$.unchanged").asNumber().isEqualTo(3);
		assertThat(again).bodyJson().extractingPath("$.created").asNumber().isEqualTo(0);
	}

	@Test
	void aCsvWithAnUnknownColumnAnswers400() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/customers/import")
			.contentType("text/csv")
			.content("crmId,mobile\nCRM-X1,13900000001\n")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("SPC-1: phone and ID number are masked in the list and for other staff, shown in full to the "
			+ "customer's own specialist")
	void masksPersonalNumbersExceptForTheOwnSpecialist() {
		assertThat(put("/api/v1/customers/CRM-M1", WANG_LI.formatted("王丽"))).hasStatus(HttpStatus.CREATED);
		assertThat(calls.post("/api/v1/customers/CRM-M1/specialists", """
				{"staffId":"staff-m1","reason":"片区服务专员"}""")).hasStatus(HttpStatus.CREATED);

		MvcTestResult list = mvc.get().uri("/api/v1/customers?size=200").exchange();
		assertThat(list).hasStatus(HttpStatus.OK);
		assertThat(list).bodyJson()
			.extractingPath("$.items[?(@.crmId == 'CRM-M1')].phone")
			.asArray()
			.containsExactly("138****5678");
		assertThat(list).bodyJson()
			.extractingPath("$.items[?(@.crmId == 'CRM-M1')].idNumber")
			.asArray()
			.containsExactly("150***********1239");

		MvcTestResult clerk = mvc.get().uri("/api/v1/customers/CRM-M1").exchange();
		assertThat(clerk).bodyJson().extractingPath("$.phone").isEqualTo("138****5678");
		assertThat(clerk).bodyJson().extractingPath("$.masked").isEqualTo(true);

		MvcTestResult otherStaff = mvc.get()
			.uri("/api/v1/customers/CRM-M1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("staff-m2"))
			.exchange();
		assertThat(otherStaff).bodyJson().extractingPath("$.phone").isEqualTo("138****5678");

		MvcTestResult ownSpecialist = mvc.get()
			.uri("/api/v1/customers/CRM-M1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("staff-m1"))
			.exchange();
		assertThat(ownSpecialist).bodyJson().extractingPath("$.phone").isEqualTo("13812345678");
		assertThat(ownSpecialist).bodyJson().extractingPath("$.idNumber").isEqualTo("150526198001011239");
		assertThat(ownSpecialist).bodyJson().extractingPath("$.masked").isEqualTo(false);
	}

	@Test
	void unknownCustomerAnswers404Problem() {
		MvcTestResult result = mvc.get().uri("/api/v1/customers/CRM-NOPE").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MvcTestResult put(String uri, String json) {
		return calls.put(uri, json);
	}

	@Test
	@DisplayName("The API document shows the CRM's customer upsert as answering 201 when created and 200 otherwise, "
			+ "with the customer as the body of both")
	void apiDocumentShowsUpsertAsCreatedOrOk() {
		assertDocumentedAnswers(mvc, "put", "/api/v1/customers/{crmId}", "CustomerView", "200", "201");
	}

}
