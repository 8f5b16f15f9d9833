package cn.aode.servicedesk.complaint.procedure.web;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.complaint.procedure.Complaint;
import cn.aode.servicedesk.platform.cases.Label;

/** A complaint as the API shows it. */
record ComplaintView(UUID id, String number, String customerId, String customerName, String customerPhone,
		Label channel, String content, Instant receivedAt, Label status, String handledBy, String resolution,
		Label finding, String staffAtFault, Instant resolvedAt, long version) {

	static ComplaintView of(Complaint complaint) {
		return new ComplaintView(complaint.id(), complaint.number(), complaint.customerId(), complaint.customerName(),
				complaint.customerPhone(), Label.of(complaint.channel()), complaint.content(), complaint.receivedAt(),
				Label.of(complaint.status()), complaint.handledBy(), complaint.resolution(),
				complaint.finding() == null ? null : Label.of(complaint.finding()), complaint.staffAtFault(),
				complaint.resolvedAt(), complaint.version());
	}

}
