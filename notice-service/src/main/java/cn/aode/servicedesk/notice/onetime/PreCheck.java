package cn.aode.servicedesk.notice.onetime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

/**
 * NTC-2: checks the materials on the spot against the matter's complete list, so that the
 * answer is either "complete" or every missing item at once, never one at a time.
 */
public final class PreCheck {

	private PreCheck() {
	}

	/**
	 * Checks what the customer handed in against the version in force.
	 * @param presented what was handed in on this trip
	 * @param applicable conditional materials whose circumstance applies (handing one in
	 * says so too)
	 * @param acceptedEarlier materials accepted on earlier trips of the same application:
	 * still in order unless handed in again with a problem
	 */
	public static PreCheckOutcome check(MatterVersion matter, List<Presented> presented, Set<String> applicable,
			Set<String> acceptedEarlier) {
		Map<String, Presented> handedIn = new LinkedHashMap<>();
		for (Presented material : presented) {
			requireListed(matter, material.code());
			handedIn.merge(material.code(), material, (first, second) -> first.acceptable() ? second : first);
		}
		Set<String> applies = new HashSet<>(handedIn.keySet());
		for (String code : applicable) {
			Material material = requireListed(matter, code);
			if (!material.conditional()) {
				throw new IllegalArgumentException(material.code() + " is required of every applicant of "
						+ matter.code() + "; only materials with a circumstance are marked applicable");
			}
			applies.add(code);
		}
		List<Material> accepted = new ArrayList<>();
		List<MissingItem> missing = new ArrayList<>();
		Set<String> applying = new HashSet<>();
		for (Material material : matter.materials()) {
			if (material.conditional() && !applies.contains(material.code())) {
				continue;
			}
			if (material.conditional()) {
				applying.add(material.code());
			}
			Presented handed = handedIn.get(material.code());
			if (handed != null && !handed.acceptable()) {
				missing.add(new MissingItem(material, handed.problem().strip()));
			}
			else if (handed != null || acceptedEarlier.contains(material.code())) {
				accepted.add(material);
			}
			else {
				missing.add(new MissingItem(material, null));
			}
		}
		return new PreCheckOutcome(accepted, missing, applying);
	}

	/**
	 * NTC-7: materials found missing or not in order while the application is handled,
	 * without the customer there: the others accepted so far stay accepted.
	 * @param found the materials found wanting, each with its problem (null: not there)
	 * @param applicable conditional materials whose circumstance applies (naming one
	 * found missing says so too)
	 */
	public static PreCheckOutcome found(MatterVersion matter, List<Presented> found, Set<String> applicable,
			Set<String> acceptedEarlier) {
		if (found.isEmpty()) {
			throw new IllegalArgumentException("Name the materials found missing or not in order");
		}
		Map<String, Presented> wanting = new LinkedHashMap<>();
		for (Presented material : found) {
			requireListed(matter, material.code());
			wanting.putIfAbsent(material.code(), material);
		}
		Set<String> applying = new HashSet<>();
		List<Material> accepted = new ArrayList<>();
		List<MissingItem> missing = new ArrayList<>();
		for (Material material : matter.materials()) {
			boolean named = wanting.containsKey(material.code());
			if (material.conditional() && !named && !applicable.contains(material.code())) {
				continue;
			}
			if (material.conditional()) {
				applying.add(material.code());
			}
			if (named) {
				String problem = wanting.get(material.code()).problem();
				missing.add(new MissingItem(material, problem == null || problem.isBlank() ? null : problem.strip()));
			}
			else if (acceptedEarlier.contains(material.code())) {
				accepted.add(material);
			}
			else {
				missing.add(new MissingItem(material, null));
			}
		}
		return new PreCheckOutcome(accepted, missing, applying);
	}

	private static Material requireListed(MatterVersion matter, String code) {
		return matter.material(code)
			.orElseThrow(() -> new IllegalArgumentException(
					code + " is not a material of " + matter.code() + " (version " + matter.version() + ")"));
	}

}
