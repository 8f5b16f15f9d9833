package cn.aode.servicedesk.notice.catalogue;

import java.time.Instant;
import java.util.List;

/** Matter types for tests, as the office would publish them. */
public final class MatterFixtures {

	/** A request body publishing a small matter type under {@code code}. */
	public static final String NEW_MATTER = """
			{"code":"%s","name":"燃气设施安全检查预约","department":"客服中心",
			 "basis":["《城镇燃气管理条例》（国务院令第583号）"],"timeLimit":"P3WD",
			 "procedure":["提出申请","预约上门时间","上门安检"],
			 "materials":[
			   {"code":"ID_CARD","name":"户主居民身份证","copies":1,"form":"ORIGINAL","howToObtain":"本人持有"},
			   {"code":"GAS_USER_CARD","name":"用气证","copies":1,"form":"ORIGINAL","howToObtain":"户主持有"}],
			 "rectifications":["发现隐患的按《安全隐患整改通知书》整改"],
			 "notHandled":["非本公司供气区域的"]}""";

	private MatterFixtures() {
	}

	public static Material material(String code, String name) {
		return new Material(code, name, 1, MaterialForm.ORIGINAL, null, null, "本人持有");
	}

	public static Material conditional(String code, String name, String appliesWhen) {
		return new Material(code, name, 1, MaterialForm.ORIGINAL_AND_COPY, appliesWhen, null, "营业厅领取");
	}

	public static MatterContent content(Material... materials) {
		return new MatterContent("居民用户燃气开户通气", "客服中心", List.of("《城镇燃气管理条例》"), "P5WD", List.of("提交申请", "装表通气"),
				List.of(materials), List.of("软管超长的须更换"), List.of("房屋产权存在争议的"));
	}

	/** Version 1 of a matter type with these materials. */
	public static MatterVersion first(Material... materials) {
		return MatterVersion.first("RESIDENTIAL_CONNECTION", content(materials), "office-01",
				Instant.parse("2026-11-02T01:00:00Z"));
	}

	/** The version after {@code matter}, with these materials. */
	public static MatterVersion revised(MatterVersion matter, Material... materials) {
		return matter.revise(content(materials), "新增材料", "office-01", Instant.parse("2026-11-20T01:00:00Z"));
	}

}
