package cn.aode.servicedesk.appointment.schedule;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;

/**
 * The schedule refuses an appointment at that time (APT-6): its staff member already
 * holds an overlapping span, or the hall's slot is full. Answered with 409 problem+json
 * naming the rule and what it collided with, so the console can offer another staff
 * member or time.
 */
public class ScheduleConflictException extends ErrorResponseException {

	private ScheduleConflictException(String type, String title, String detail) {
		super(HttpStatus.CONFLICT, problem(type, title, detail), null);
		getBody().setProperty("rule", "APT-6");
	}

	/**
	 * The staff member is booked by {@code conflict}; {@code freeStaff} are the service
	 * center's staff free for the same span.
	 */
	public static ScheduleConflictException staffTaken(Booking conflict, Span wanted, List<String> freeStaff) {
		ScheduleConflictException ex = new ScheduleConflictException("staff-double-booked",
				"Staff member already booked (APT-6)",
				"APT-6: " + conflict.staffId() + " is booked " + conflict.span().start() + " – " + conflict.span().end()
						+ " by appointment " + conflict.number() + ", which overlaps " + wanted.start() + " – "
						+ wanted.end() + "; agree another time or assign another staff member temporarily");
		ex.getBody().setProperty("staffId", conflict.staffId());
		ex.getBody().setProperty("conflictingAppointmentId", conflict.appointmentId());
		ex.getBody().setProperty("conflictingNumber", conflict.number());
		ex.getBody().setProperty("conflictingSpan", conflict.span());
		ex.getBody().setProperty("freeStaff", freeStaff);
		return ex;
	}

	/** The hall already takes {@code capacity} appointments in the slot. */
	public static ScheduleConflictException hallSlotFull(Span slot, int capacity) {
		ScheduleConflictException ex = new ScheduleConflictException("hall-slot-full", "Hall slot full (APT-6)",
				"APT-6: the hall already takes " + capacity + " appointments in the slot " + slot.start() + " – "
						+ slot.end() + "; agree another time");
		ex.getBody().setProperty("slot", slot);
		ex.getBody().setProperty("capacity", capacity);
		return ex;
	}

	private static ProblemDetail problem(String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create(ProblemDetailsAdvice.TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
