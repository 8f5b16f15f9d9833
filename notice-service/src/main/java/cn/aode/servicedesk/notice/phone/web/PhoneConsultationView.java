package cn.aode.servicedesk.notice.phone.web;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.notice.catalogue.web.MatterView;
import cn.aode.servicedesk.notice.phone.PhoneConsultation;

/**
 * A line of the phone consultation log with the complete answer told (NTC-5): the
 * matter's basis, time limit, procedure and every material, as that version stated them.
 */
record PhoneConsultationView(UUID id, String number, String callerName, String callerPhone, MatterView told,
		String question, String notes, Instant calledAt, String staffId, Instant recordedAt) {

	static PhoneConsultationView of(PhoneConsultation consultation, MatterVersion told) {
		return new PhoneConsultationView(consultation.id(), consultation.number(), consultation.callerName(),
				consultation.callerPhone(), MatterView.of(told), consultation.question(), consultation.notes(),
				consultation.calledAt(), consultation.staffId(), consultation.recordedAt());
	}

}
