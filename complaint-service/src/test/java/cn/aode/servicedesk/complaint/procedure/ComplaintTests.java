package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintFindingCode;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTests {

	private static final Instant NOW = Instant.parse("2026-11-27T02:30:00Z");

	private final Complainant wangLi = new Complainant("CRM-100234", "王丽", "13812345678");

	@Test
	@DisplayName("CMP-3: accepting a complaint registers complaint.accepted with its number")
	void acceptingRegistersAcceptedEvent() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "燃气表读数异常", NOW);

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACCEPTED);
		assertThat(complaint.pendingEvents()).singleElement().isInstanceOfSatisfying(ComplaintAccepted.class, event -> {
			assertThat(event.complaintId()).isEqualTo(complaint.id());
			assertThat(event.complaintNumber()).isEqualTo("TS20261127-0001");
			assertThat(event.occurredAt()).isEqualTo(NOW);
		});
	}

	@Test
	@DisplayName("CMP-3: handling with feedback registers complaint.resolved carrying the call-back contact")
	void resolvingRegistersResolvedEvent() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "燃气表读数异常", NOW);

		complaint.resolve("staff-017", "已更换燃气表", ComplaintFinding.COMPANY_RESPONSIBLE, null, NOW.plusSeconds(3600));

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
		assertThat(complaint.pendingEvents()).last().isInstanceOfSatisfying(ComplaintResolved.class, event -> {
			assertThat(event.customerPhone()).isEqualTo("13812345678");
			assertThat(event.handledBy()).isEqualTo("staff-017");
			assertThat(event.resolution()).isEqualTo("已更换燃气表");
			assertThat(event.finding()).isEqualTo("COMPANY_RESPONSIBLE");
			assertThat(event.staffAtFault()).isNull();
		});
	}

	@Test
	@DisplayName("CMP-5, X-2: a verified staff attitude or skill problem names the staff member at fault on complaint.resolved")
	void staffAtFaultTravelsOnTheResolvedEvent() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "抄表员态度恶劣", NOW);

		complaint.resolve("staff-017", "本人及主管已上门向客户道歉", ComplaintFinding.STAFF_AT_FAULT, " staff-023 ", NOW);

		assertThat(complaint.finding()).isEqualTo(ComplaintFinding.STAFF_AT_FAULT);
		assertThat(complaint.staffAtFault()).isEqualTo("staff-023");
		assertThat(complaint.pendingEvents()).last().isInstanceOfSatisfying(ComplaintResolved.class, event -> {
			assertThat(event.finding()).isEqualTo("STAFF_AT_FAULT");
			assertThat(event.staffAtFault()).isEqualTo("staff-023");
		});
	}

	@Test
	@DisplayName("CMP-5: a staff attitude or skill problem without the staff member at fault is refused")
	void staffAtFaultWithoutStaffIsRefusedByCmp5() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "抄表员态度恶劣", NOW);

		assertThatThrownBy(() -> complaint.resolve("staff-017", "已道歉", ComplaintFinding.STAFF_AT_FAULT, " ", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACCEPTED);
	}

	@Test
	@DisplayName("CMP-5: only a staff attitude or skill problem names a staff member at fault")
	void otherFindingsNameNoStaffMember() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "燃气价格太高", NOW);

		assertThatThrownBy(() -> complaint.resolve("staff-017", "已耐心解释价格政策", ComplaintFinding.NOT_COMPANY_RESPONSIBLE,
				"staff-023", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-5"));

		complaint.resolve("staff-017", "已耐心解释价格政策", ComplaintFinding.NOT_COMPANY_RESPONSIBLE, null, NOW);

		assertThat(complaint.finding()).isEqualTo(ComplaintFinding.NOT_COMPANY_RESPONSIBLE);
		assertThat(complaint.staffAtFault()).isNull();
	}

	@Test
	@DisplayName("CMP-3: a complaint cannot be handled twice")
	void resolvingTwiceIsRefusedByCmp3() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "燃气表读数异常", NOW);
		complaint.resolve("staff-017", "已更换燃气表", ComplaintFinding.COMPANY_RESPONSIBLE, null, NOW);

		assertThatThrownBy(
				() -> complaint.resolve("staff-018", "again", ComplaintFinding.COMPANY_RESPONSIBLE, null, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-3"));
	}

	@Test
	@DisplayName("complaint.resolved carries exactly the findings consumers know (ComplaintFindingCode)")
	void findingsMatchTheEventContract() {
		assertThat(Arrays.stream(ComplaintFinding.values()).map(Enum::name))
			.containsExactly(Arrays.stream(ComplaintFindingCode.values()).map(Enum::name).toArray(String[]::new));
	}

}
