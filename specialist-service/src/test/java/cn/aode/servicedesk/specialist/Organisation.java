package cn.aode.servicedesk.specialist;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets up departments, their heads, staff and customers with specialists through the API,
 * as the tests of every feature need them, each call checked for its exact status.
 */
public final class Organisation {

	private final JsonCalls calls;

	public Organisation(MockMvcTester mvc) {
		this.calls = new JsonCalls(mvc);
	}

	/** A department without a head yet. */
	public Organisation department(String id, String name) {
		assertThat(calls.put("/api/v1/departments/" + id, "{\"name\":\"" + name + "\"}")).as("department " + id)
			.hasStatus(HttpStatus.OK);
		return this;
	}

	/** A department headed by a new staff member of it (SPC-2). */
	public Organisation department(String id, String name, String headId, String headName) {
		department(id, name);
		staff(headId, headName, id, "DEPARTMENT_HEAD");
		assertThat(calls.put("/api/v1/departments/" + id + "/head", "{\"staffId\":\"" + headId + "\"}"))
			.as("head of " + id)
			.hasStatus(HttpStatus.OK);
		return this;
	}

	/** A staff member of an existing department with these roles. */
	public Organisation staff(String id, String name, String departmentId, String... roles) {
		String roleList = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
		assertThat(calls.put("/api/v1/staff/" + id, """
				{"name":"%s","departmentId":"%s","roles":[%s]}""".formatted(name, departmentId, roleList)))
			.as("staff " + id)
			.hasStatus(HttpStatus.OK);
		return this;
	}

	/** A new household customer with a gas need, and its CRM id. */
	public String customer() {
		String crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(calls.put("/api/v1/customers/" + crmId, """
				{"kind":"HOUSEHOLD","name":"王丽","phone":"13812345678","address":"保康镇幸福小区3号楼","hasGasNeed":true}"""))
			.as("customer " + crmId)
			.hasStatus(HttpStatus.CREATED);
		return crmId;
	}

	/**
	 * A new customer served by the specialist, assigned by {@code assignedBy} (SPC-1).
	 */
	public String customerServedBy(String specialistId, String assignedBy) {
		String crmId = customer();
		assertThat(calls.as(TestTokens.staff(assignedBy)).post("/api/v1/customers/" + crmId + "/specialists", """
				{"staffId":"%s","reason":"新客户"}""".formatted(specialistId))).as("specialist of " + crmId)
			.hasStatus(HttpStatus.CREATED);
		return crmId;
	}

}
