package cn.aode.servicedesk.complaint;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
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

		complaint.resolve("staff-017", "已更换燃气表", NOW.plusSeconds(3600));

		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
		assertThat(complaint.pendingEvents()).last().isInstanceOfSatisfying(ComplaintResolved.class, event -> {
			assertThat(event.customerPhone()).isEqualTo("13812345678");
			assertThat(event.handledBy()).isEqualTo("staff-017");
			assertThat(event.resolution()).isEqualTo("已更换燃气表");
		});
	}

	@Test
	@DisplayName("CMP-3: a complaint cannot be handled twice")
	void resolvingTwiceIsRefusedByCmp3() {
		Complaint complaint = Complaint.accept("TS20261127-0001", wangLi, ComplaintChannel.PHONE, "燃气表读数异常", NOW);
		complaint.resolve("staff-017", "已更换燃气表", NOW);

		assertThatThrownBy(() -> complaint.resolve("staff-018", "again", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("CMP-3"));
	}

}
