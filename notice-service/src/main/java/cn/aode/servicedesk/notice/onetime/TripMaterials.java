package cn.aode.servicedesk.notice.onetime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What staff record of one trip: the materials handed in, the circumstances that apply,
 * and how the customer wants to be told what is missing.
 *
 * @param applicable codes of conditional materials whose circumstance applies
 * @param newCircumstances codes of conditional materials whose circumstance arose since
 * the first trip (e.g. the owner now sends an agent): they apply too, and asking for them
 * is not the first issuer's fault (NTC-7); a circumstance that applies now and is not
 * declared new is taken to have applied on the first trip
 * @param form oral by default (NTC-3)
 */
public record TripMaterials(List<Presented> presented, Set<String> applicable, Set<String> newCircumstances,
		NoticeForm form) {

	public TripMaterials {
		presented = presented == null ? List.of() : List.copyOf(presented);
		applicable = applicable == null ? Set.of() : Set.copyOf(applicable);
		newCircumstances = newCircumstances == null ? Set.of() : Set.copyOf(newCircumstances);
		form = form == null ? NoticeForm.ORAL : form;
	}

	/** Every conditional material whose circumstance applies now. */
	Set<String> applying() {
		Set<String> applying = new HashSet<>(applicable);
		applying.addAll(newCircumstances);
		return applying;
	}

}
