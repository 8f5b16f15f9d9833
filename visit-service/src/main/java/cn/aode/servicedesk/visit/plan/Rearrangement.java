package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.util.List;

/**
 * A change to who visits and when (VST-5, VST-6): another visitor (null: keep), a time
 * chosen (null: propose the first free one), whether the customer asked for that time
 * outside their windows, and the times the customer said they are busy.
 */
public record Rearrangement(String visitor, Instant scheduledFor, boolean customerAsked, List<Busy> busy) {

	public Rearrangement {
		busy = busy == null ? List.of() : List.copyOf(busy);
	}

}
