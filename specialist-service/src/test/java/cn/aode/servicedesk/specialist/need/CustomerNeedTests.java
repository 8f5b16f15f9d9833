package cn.aode.servicedesk.specialist.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CustomerNeedTests {

	private static final Instant SUBMITTED_AT = Instant.parse("2026-11-27T02:00:00Z");

	private static final Instant LATER = SUBMITTED_AT.plusSeconds(3600);

	private static final Instant LATEST = SUBMITTED_AT.plusSeconds(7200);

	private static final NeedContent CONTENT = new NeedContent("工业用气开户", "新建锅炉房需要开通工业用气", "营业执照、用气设备清单");

	private static final List<CustomerNeed.Routing> TWO_DEPARTMENTS = List.of(
			new CustomerNeed.Routing("CSC", "客服中心", "head-csc", "P3WD"),
			new CustomerNeed.Routing("ENG", "工程部", "head-eng", null));

	private final CustomerNeed need = CustomerNeed.submit("XQ20261127-0001", "CRM-100234", "spc-01", CONTENT,
			TWO_DEPARTMENTS, SUBMITTED_AT);

	@Test
	@DisplayName("SPC-3: a need goes to several departments at once, one pending part per department")
	void submittingMakesOnePendingPartPerDepartment() {
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
		assertThat(need.specialistId()).isEqualTo("spc-01");
		assertThat(need.submittedAt()).isEqualTo(SUBMITTED_AT);
		assertThat(need.title()).isEqualTo("工业用气开户");
		assertThat(need.preparedInformation()).isEqualTo("营业执照、用气设备清单");
		assertThat(need.parts())
			.extracting(NeedPart::departmentId, NeedPart::headStaffId, NeedPart::policy, NeedPart::status)
			.containsExactly(tuple("CSC", "head-csc", "P3WD", PartStatus.PENDING),
					tuple("ENG", "head-eng", null, PartStatus.PENDING));
		assertThat(need.consolidatedAnswer()).isNull();
		assertThat(need.answeredAt()).isNull();
	}

	@Test
	@DisplayName("SPC-3, SPC-4: each department's part asks for its own deadline clock, with the head responsible")
	void submittingRequestsOneClockPerPart() {
		assertThat(need.pendingEvents()).hasSize(2)
			.allSatisfy(event -> assertThat(event).isInstanceOf(DeadlineRequested.class));
		List<DeadlineRequested> requests = need.pendingEvents().stream().map(DeadlineRequested.class::cast).toList();
		assertThat(requests).extracting(request -> request.subject().key())
			.containsExactly("specialist-service/" + need.id() + "/department-CSC",
					"specialist-service/" + need.id() + "/department-ENG");
		assertThat(requests)
			.extracting(DeadlineRequested::title, DeadlineRequested::policy, DeadlineRequested::responsibleStaffId,
					DeadlineRequested::department)
			.containsExactly(tuple("工业用气开户（客服中心）", "P3WD", "head-csc", "客服中心"),
					tuple("工业用气开户（工程部）", null, "head-eng", "工程部"));
		assertThat(requests).allSatisfy(request -> {
			assertThat(request.subject().caseNumber()).isEqualTo("XQ20261127-0001");
			assertThat(request.source()).isEqualTo("CUSTOMER_PROMISE");
			assertThat(request.startsAt()).isEqualTo(SUBMITTED_AT);
		});
	}

	@Test
	@DisplayName("SPC-4, X-1: the head takes on the part; who and when are kept, the other part is untouched")
	void acceptingKeepsWhoAndWhen() {
		need.accept("ENG", "head-eng", LATER);

		NeedPart engineering = part("ENG");
		assertThat(engineering.status()).isEqualTo(PartStatus.ACCEPTED);
		assertThat(engineering.acceptedBy()).isEqualTo("head-eng");
		assertThat(engineering.acceptedAt()).isEqualTo(LATER);
		assertThat(part("CSC").status()).isEqualTo(PartStatus.PENDING);
		assertThat(part("CSC").acceptedBy()).isNull();
		assertThat(need.pendingEvents()).as("no event for taking a part on").hasSize(2);
	}

	@Test
	@DisplayName("A part taken on twice is a 409 state refusal that names no rule, and changes nothing")
	void acceptingTwiceIsRefusedAndChangesNothing() {
		need.accept("ENG", "head-eng", LATER);

		assertThatThrownBy(() -> need.accept("ENG", "head-eng", LATEST))
			.isExactlyInstanceOf(InvalidStateException.class)
			.isNotInstanceOf(RuleViolationException.class)
			.hasMessageContaining("already accepted");
		assertThat(part("ENG").status()).isEqualTo(PartStatus.ACCEPTED);
		assertThat(part("ENG").acceptedAt()).isEqualTo(LATER);
		assertThat(need.pendingEvents()).hasSize(2);
	}

	@Test
	@DisplayName("SPC-4: a completed part stops its clock; the need waits for the other department")
	void completingOnePartStopsItsClockOnly() {
		need.complete("CSC", "开户资料齐全，已建档", "head-csc", LATER);

		NeedPart serviceCenter = part("CSC");
		assertThat(serviceCenter.status()).isEqualTo(PartStatus.COMPLETED);
		assertThat(serviceCenter.answer()).isEqualTo("开户资料齐全，已建档");
		assertThat(serviceCenter.completedBy()).isEqualTo("head-csc");
		assertThat(serviceCenter.completedAt()).isEqualTo(LATER);
		assertThat(need.pendingEvents()).hasSize(3).last().isInstanceOfSatisfying(DeadlineSatisfied.class, event -> {
			assertThat(event.subject().key()).isEqualTo("specialist-service/" + need.id() + "/department-CSC");
			assertThat(event.occurredAt()).isEqualTo(LATER);
		});
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
		assertThat(need.consolidatedAnswer()).isNull();
		assertThat(need.answeredAt()).isNull();
	}

	@Test
	@DisplayName("SPC-3: when the last department answers, the answers are fed back together (集中反馈)")
	void theLastAnswerConsolidatesAll() {
		need.accept("ENG", "head-eng", LATER);
		need.complete("ENG", "下周二上门勘察管线", "head-eng", LATER);
		need.complete("CSC", "开户资料齐全，已建档", "head-csc", LATEST);

		assertThat(need.status()).isEqualTo(NeedStatus.ANSWERED);
		assertThat(need.answeredAt()).isEqualTo(LATEST);
		assertThat(need.consolidatedAnswer()).isEqualTo("【CSC】开户资料齐全，已建档\n【ENG】下周二上门勘察管线");
		assertThat(need.pendingEvents()).filteredOn(DeadlineSatisfied.class::isInstance)
			.map(event -> ((DeadlineSatisfied) event).subject().purpose())
			.containsExactly("department-ENG", "department-CSC");
	}

	@Test
	@DisplayName("A part completed twice is a 409 state refusal that names no rule, and changes nothing")
	void completingTwiceIsRefusedAndChangesNothing() {
		need.complete("CSC", "开户资料齐全，已建档", "head-csc", LATER);

		assertThatThrownBy(() -> need.complete("CSC", "另一个答复", "head-csc", LATEST))
			.isExactlyInstanceOf(InvalidStateException.class)
			.hasMessageContaining("already completed");
		assertThat(part("CSC").answer()).isEqualTo("开户资料齐全，已建档");
		assertThat(part("CSC").completedAt()).isEqualTo(LATER);
		assertThat(need.pendingEvents()).hasSize(3);
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
	}

	@Test
	@DisplayName("A department the need did not go to has no part (404), and nothing changes")
	void aDepartmentWithoutAPartIsNotFound() {
		assertThatThrownBy(() -> need.complete("MKT", "不是我们的", "head-mkt", LATER))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> need.accept("MKT", "head-mkt", LATER)).isInstanceOf(NotFoundException.class);
		assertThat(need.parts()).extracting(NeedPart::status).containsOnly(PartStatus.PENDING);
		assertThat(need.pendingEvents()).hasSize(2);
	}

	@Test
	@DisplayName("SPC-4: a part whose clock ran out keeps its breach when it is completed and the need answered")
	void aBreachIsKeptThroughCompletion() {
		Instant breachedAt = SUBMITTED_AT.plusSeconds(60);
		CustomerNeed stored = new CustomerNeed(UUID.randomUUID(), "XQ20261127-0002", "CRM-100234", "spc-01", CONTENT,
				NeedStatus.SUBMITTED, null, SUBMITTED_AT,
				List.of(new NeedPart("ENG", "head-eng", null, PartStatus.PENDING, null, null, null, null, breachedAt)),
				3L);

		stored.complete("ENG", "已上门勘察", "head-eng", LATER);

		assertThat(stored.parts()).singleElement().satisfies(part -> {
			assertThat(part.breachedAt()).isEqualTo(breachedAt);
			assertThat(part.status()).isEqualTo(PartStatus.COMPLETED);
		});
		assertThat(stored.status()).isEqualTo(NeedStatus.ANSWERED);
		assertThat(stored.consolidatedAnswer()).isEqualTo("【ENG】已上门勘察");
		assertThat(stored.version()).as("the version moves on when saved, not before").isEqualTo(3L);
	}

	private NeedPart part(String departmentId) {
		return need.parts().stream().filter(part -> part.departmentId().equals(departmentId)).findFirst().orElseThrow();
	}

}
