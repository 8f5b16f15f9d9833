package cn.aode.servicedesk.notice.onetime;

import java.util.List;
import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.Material;

/**
 * What a pre-check found (NTC-2): the materials in order and every one still missing, in
 * the catalogue's order.
 *
 * @param applicable the conditional materials whose circumstance applies
 */
public record PreCheckOutcome(List<Material> accepted, List<MissingItem> missing, Set<String> applicable) {

	public PreCheckOutcome {
		accepted = List.copyOf(accepted);
		missing = List.copyOf(missing);
		applicable = Set.copyOf(applicable);
	}

	/** Complete: handled at once. */
	public boolean complete() {
		return missing.isEmpty();
	}

}
