package cn.aode.servicedesk.notice.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * What the company publishes for a matter type (NTC-1), as one version states it.
 *
 * @param name the matter's name, e.g. 居民用户燃气开户通气
 * @param department the department that handles it and answers for its time limit
 * @param basis the legal and policy basis (依据)
 * @param timeLimit the time limit (时限) as a deadline policy, e.g. {@code P5WD}
 * @param procedure the steps of the procedure (程序), in order
 * @param materials the complete list of required materials
 * @param rectifications what must be put right when an acceptance inspection fails
 * @param notHandled the cases that will not be handled (不予办理)
 */
public record MatterContent(String name, String department, List<String> basis, String timeLimit,
		List<String> procedure, List<Material> materials, List<String> rectifications, List<String> notHandled) {

	public MatterContent {
		basis = List.copyOf(basis);
		procedure = List.copyOf(procedure);
		materials = List.copyOf(materials);
		rectifications = List.copyOf(rectifications);
		notHandled = List.copyOf(notHandled);
	}

	/**
	 * NTC-1: a matter is published only with all six parts; material codes are unique
	 * within it.
	 */
	void requireComplete() {
		TimeLimits.require(timeLimit);
		requirePart(basis, "its basis (依据)");
		requirePart(procedure, "its procedure (程序)");
		requirePart(materials, "its required materials (材料清单)");
		requirePart(rectifications, "the rectification items of a failed acceptance inspection");
		requirePart(notHandled, "the cases that are not handled (不予办理)");
		Set<String> codes = new HashSet<>();
		for (Material material : materials) {
			if (!codes.add(material.code())) {
				throw new IllegalArgumentException("Material code " + material.code() + " is listed twice");
			}
		}
	}

	private static void requirePart(List<?> part, String what) {
		if (part.isEmpty()) {
			throw new RuleViolationException("NTC-1", "A matter is published with " + what);
		}
	}

}
