package cn.aode.servicedesk.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.json.JSONException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.appointment.AppointmentAccepted;
import cn.aode.servicedesk.events.appointment.AppointmentCancelled;
import cn.aode.servicedesk.events.appointment.AppointmentCompleted;
import cn.aode.servicedesk.events.appointment.AppointmentGaveUp;
import cn.aode.servicedesk.events.appointment.AppointmentReminderDue;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlinePauseRequested;
import cn.aode.servicedesk.events.deadline.DeadlineResumeRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.events.deadline.DeadlineWarned;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.events.visit.VisitRecorded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event's JSON is pinned by a file under {@code golden/}: a contract change that
 * breaks consumers fails here first. Changing a golden file is a contract change
 * (additive only).
 */
class GoldenJsonTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UUID EVENT_ID = UUID.fromString("6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11");

	private static final UUID COMPLAINT_ID = UUID.fromString("0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66");

	private static final Instant AT = Instant.parse("2026-11-27T02:30:00Z");

	private static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");

	private static final UUID CLOCK_ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

	private static final UUID PLAN_ID = UUID.fromString("5d2e7f10-8a3b-4c6d-9e1f-2a3b4c5d6e7f");

	private static final DeadlineSubject SUBJECT = new DeadlineSubject("appointment-service",
			"3c0d8a52-9f1e-4b7a-8e21-5a6b7c8d9e01", "YY20261127-0003", "reply");

	private static final UUID APPOINTMENT_ID = UUID.fromString("3c0d8a52-9f1e-4b7a-8e21-5a6b7c8d9e01");

	private static final String HOME = "科左中旗保康镇幸福小区3号楼2单元501";

	static Stream<Arguments> events() {
		return Stream.of(
				Arguments.of(new AppointmentAccepted(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "ACCEPTED")),
				Arguments.of(new AppointmentCompleted(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "COMPLETED",
						false, "已检查管道，需更换调压器")),
				Arguments.of(new AppointmentGaveUp(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "GAVE_UP")),
				Arguments.of(new AppointmentCancelled(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "CANCELLED",
						"customer:CRM-100234", "临时有事")),
				Arguments.of(new AppointmentRescheduled(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "ACCEPTED",
						Instant.parse("2026-11-28T10:00:00Z"), "customer:CRM-100234", "客户临时出差")),
				Arguments.of(new AppointmentReminderDue(EVENT_ID, AT, APPOINTMENT_ID, "YY20261127-0003", "CRM-100234",
						"HOME_VISIT", "开通燃气", "CANNOT_COME_IN_WORKING_HOURS", DUE, HOME, "staff-017", "ACCEPTED",
						"PT24H", "王丽", "13812345678")),
				Arguments.of(new ComplaintAccepted(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "PHONE",
						"燃气表读数异常", APPOINTMENT_ID, "YY20261127-0003")),
				Arguments.of(new ComplaintResolved(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "王丽",
						"13812345678", "staff-017", "已上门更换燃气表并向客户说明", "STAFF_AT_FAULT", "staff-023", APPOINTMENT_ID,
						"YY20261127-0003")),
				Arguments.of(new CustomerUpserted(EVENT_ID, AT, "CRM-100234", "HOUSEHOLD", "王丽", "13812345678",
						"科左中旗保康镇幸福小区3号楼2单元501", true, "工作日 18:00-20:00", LocalDate.parse("2024-05-20"),
						LocalDate.parse("2024-05-10"), true, LocalDate.parse("2027-05-09"))),
				Arguments.of(new SpecialistAssigned(EVENT_ID, AT, "CRM-100234", "staff-017", "head-01")),
				Arguments.of(new SpecialistAssignmentEnded(EVENT_ID, AT, "CRM-100234", "staff-017", "head-01", "调岗")),
				Arguments.of(new DeadlineRequested(EVENT_ID, AT, SUBJECT, "答复预约申请", "P1WD", AT, "SERVICE_RULE",
						"staff-017", "客服中心", false)),
				Arguments.of(new DeadlineCompleted(EVENT_ID, AT, CLOCK_ID, SUBJECT, "staff-017", "客服中心", DUE, true)),
				Arguments.of(new DeadlineSatisfied(EVENT_ID, AT, SUBJECT, true)),
				Arguments.of(new DeadlinePauseRequested(EVENT_ID, AT, SUBJECT, "等待市政部门审批道路挖掘许可")),
				Arguments.of(new DeadlineResumeRequested(EVENT_ID, AT, SUBJECT)),
				Arguments.of(new DeadlineScheduled(EVENT_ID, AT, CLOCK_ID, SUBJECT, "P1WD", DUE, "staff-017", "客服中心")),
				Arguments.of(new DeadlineWarned(EVENT_ID, AT, CLOCK_ID, SUBJECT, DUE, "staff-017", "客服中心")),
				Arguments.of(new DeadlineBreached(EVENT_ID, AT, CLOCK_ID, SUBJECT, DUE, "staff-017", "客服中心", 1,
						"RESPONSIBLE_STAFF")),
				Arguments.of(new DeadlineViolationRecorded(EVENT_ID, AT, CLOCK_ID, SUBJECT, "staff-017", "客服中心",
						"OVERDUE_WITHOUT_REASON", "CRITICISM", "超过办结时限且未报告进展和原因")),
				Arguments.of(new VisitRecorded(EVENT_ID, AT, PLAN_ID, "HF20261127-0001", "COMPLAINT", "TS20261127-0001",
						"CRM-100234", "staff-031", Instant.parse("2026-11-27T01:45:00Z"), "BASICALLY_SATISFIED", true,
						"5a1b6c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "更换燃气表后读数正常，认可处理结果")),
				Arguments.of(new StaffRecordEntryRequested(EVENT_ID, AT, "staff-017", "PENALTY", "NTC-7",
						"notice-service", "GZ20261127-0002", "ECONOMIC_PENALTY", "一次性告知不完整，客户往返两次（NTC-7）")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void serializesExactlyAsTheGoldenFile(IntegrationEvent event) throws JSONException {
		JSONAssert.assertEquals(golden(event), json.writeValueAsString(event), JSONCompareMode.STRICT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void readsTheGoldenFileBackToTheSameEvent(IntegrationEvent event) {
		assertThat(json.readValue(golden(event), event.getClass())).isEqualTo(event);
	}

	@Test
	void complaintEventsWrittenBeforeAppointmentsWereNamedReadWithoutOne() {
		String accepted = """
				{"eventId":"6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11","occurredAt":"2026-11-27T02:30:00Z",
				 "complaintId":"0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66","complaintNumber":"TS20261127-0001",
				 "customerId":"CRM-100234","channel":"PHONE","summary":"燃气表读数异常"}""";
		String resolved = """
				{"eventId":"6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11","occurredAt":"2026-11-27T02:30:00Z",
				 "complaintId":"0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66","complaintNumber":"TS20261127-0001",
				 "customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
				 "handledBy":"staff-017","resolution":"已上门更换燃气表并向客户说明","finding":"STAFF_AT_FAULT",
				 "staffAtFault":"staff-023"}""";

		assertThat(json.readValue(accepted, ComplaintAccepted.class)).isEqualTo(
				new ComplaintAccepted(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "PHONE", "燃气表读数异常"));
		assertThat(json.readValue(resolved, ComplaintResolved.class))
			.isEqualTo(new ComplaintResolved(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "王丽",
					"13812345678", "staff-017", "已上门更换燃气表并向客户说明", "STAFF_AT_FAULT", "staff-023"))
			.extracting(ComplaintResolved::appointmentNumber)
			.isNull();
	}

	private static String golden(IntegrationEvent event) {
		try (InputStream in = GoldenJsonTests.class.getResourceAsStream("/golden/" + event.eventType() + ".json")) {
			assertThat(in).as("golden file for %s", event.eventType()).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
