package cn.aode.servicedesk.assist.notice;

import java.util.List;

/**
 * A matter type as notice-service's catalogue publishes it (NTC-1): what the help desk
 * tells in a consultation (AST-5) — procedure, materials with how to obtain them, time
 * limit.
 */
public record Matter(String code, int version, String name, List<String> procedure, List<Material> materials,
		TimeLimit timeLimit) {

	/** A material the matter needs. */
	public record Material(String code, String name, int copies, String appliesWhen, String howToObtain) {
	}

	/** The matter's time limit as a deadline policy and as people read it. */
	public record TimeLimit(String policy, String zh) {
	}

}
