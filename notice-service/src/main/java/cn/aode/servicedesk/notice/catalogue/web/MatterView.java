package cn.aode.servicedesk.notice.catalogue.web;

import java.time.Instant;
import java.util.List;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.notice.catalogue.TimeLimits;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * One version of a matter type as the API and the public bulletin show it (NTC-1, NTC-6).
 */
public record MatterView(String code, int version, String name, String department, List<String> basis,
		TimeLimitView timeLimit, List<String> procedure, List<MaterialView> materials, List<String> rectifications,
		List<String> notHandled, Instant publishedAt, String changeNote, boolean current) {

	/** The time limit as a deadline policy and as people read it. */
	public record TimeLimitView(String policy, String zh) {

		public static TimeLimitView of(String policy) {
			return new TimeLimitView(policy, TimeLimits.zh(policy));
		}

	}

	/** A required material with its form labelled. */
	public record MaterialView(String code, String name, int copies, Label form, String appliesWhen, String notes,
			String howToObtain) {

		public static MaterialView of(Material material) {
			return new MaterialView(material.code(), material.name(), material.copies(), Label.of(material.form()),
					material.appliesWhen(), material.notes(), material.howToObtain());
		}

	}

	public static MatterView of(MatterVersion matter) {
		return new MatterView(matter.code(), matter.version(), matter.name(), matter.department(), matter.basis(),
				TimeLimitView.of(matter.timeLimit()), matter.procedure(),
				matter.materials().stream().map(MaterialView::of).toList(), matter.rectifications(),
				matter.notHandled(), matter.publishedAt(), matter.changeNote(), matter.current());
	}

}
