package cn.aode.servicedesk.appointment.form;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.aode.servicedesk.appointment.request.AppointmentKind;
import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.Completion;
import cn.aode.servicedesk.appointment.request.CompletionStatement;
import cn.aode.servicedesk.appointment.request.StaffArrival;
import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * An appointment's registration form (APT-11) as it is printed: 《预约服务登记表》 for a hall
 * appointment, 《上门服务登记表》 for a home visit. Every value is text as the paper form shows it
 * — labels in Chinese, times in Asia/Shanghai (2026年12月02日 18:30), empty where nothing is
 * known yet so that it can be filled in by hand.
 *
 * @param title the form's name
 * @param home whether it is the home-visit form
 * @param checklist for a hall appointment, the forms and seals the staff member had ready
 */
public record RegistrationForm(String title, boolean home, String number, String registeredOn, String kind,
		String channel, String applicantName, String applicantType, String contact, String specialCare, String matter,
		String reason, String receivedAt, String receivedBy, String answeredAt, String agreedTime, String place,
		String staff, String assignment, String staffArrival, List<Box> checklist, String applicantArrival,
		String status, String result, String outstanding, String statement, List<Box> applicantConfirmation,
		String applicantOpinion, String completedAt) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日")
		.withZone(CaseNumbers.BUSINESS_ZONE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm")
		.withZone(CaseNumbers.BUSINESS_ZONE);

	/** A box on the form, ticked when it holds. */
	public record Box(String label, boolean ticked) {
	}

	/** The form of an appointment request, at any stage of it. */
	public static RegistrationForm of(AppointmentRequest request) {
		boolean home = request.details().kind() == AppointmentKind.HOME_VISIT;
		StaffArrival arrival = request.staffArrival();
		Completion completion = request.completion();
		CompletionStatement statement = request.statement();
		String reason = request.details().reason().zh()
				+ (request.details().reasonDetail() == null ? "" : "：" + request.details().reasonDetail());
		return new RegistrationForm(home ? "上门服务登记表" : "预约服务登记表", home, request.number(),
				DATE.format(request.registeredAt()), request.details().kind().zh(), request.details().channel().zh(),
				request.applicant().name(), request.applicant().type().zh(), request.applicant().phone(),
				request.applicant().specialCare() ? "是" : "否", request.details().matter(), reason,
				DATE_TIME.format(request.receivedAt()), request.receivedBy(), dateTime(request.answeredAt()),
				dateTime(request.agreedTime()), text(request.place()), text(request.staffId()),
				request.assignmentReason() == null ? "" : "临时调配：" + request.assignmentReason(),
				arrival == null ? "" : DATE_TIME.format(arrival.at()) + (arrival.late() ? "（迟到）" : "（准时）"),
				home ? List.of()
						: List.of(new Box("表单已备齐", arrival != null && Boolean.TRUE.equals(arrival.formsReady())),
								new Box("印章已备齐", arrival != null && Boolean.TRUE.equals(arrival.sealsReady()))),
				request.applicantArrival() == null ? "" : DATE_TIME.format(request.applicantArrival().at()),
				request.status().zh(), completion == null ? "" : completion.result(),
				completion == null || completion.finishedOnSite() ? "" : completion.outstanding(),
				statement(completion, statement),
				List.of(new Box("确认办理结果", completion != null && completion.applicantConfirmed()),
						new Box("未确认", completion != null && !completion.applicantConfirmed())),
				completion == null ? "" : text(completion.applicantOpinion()),
				completion == null ? "" : DATE_TIME.format(completion.at()));
	}

	private static String statement(Completion completion, CompletionStatement statement) {
		if (completion == null) {
			return "";
		}
		if (completion.finishedOnSite()) {
			return "当场办结，无需说明";
		}
		return statement == null ? "待送达"
				: DATE.format(statement.deliveredAt()) + " 送达" + statement.deliveredTo() + "：" + statement.summary();
	}

	private static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
