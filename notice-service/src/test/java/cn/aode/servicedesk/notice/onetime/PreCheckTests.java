package cn.aode.servicedesk.notice.onetime;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** The completeness logic of the on-the-spot materials check. */
class PreCheckTests {

	private final MatterVersion matter = MatterFixtures.first(MatterFixtures.material("ID_CARD", "户主居民身份证"),
			MatterFixtures.material("PROPERTY_PROOF", "房屋产权证明"),
			MatterFixtures.material("INDOOR_ACCEPTANCE", "户内燃气设施安装验收单"),
			MatterFixtures.conditional("AGENT_AUTHORISATION", "授权委托书", "委托他人代办时"));

	@Test
	@DisplayName("NTC-2: everything required handed in and in order is complete: handled at once")
	void everythingInOrderIsComplete() {
		PreCheckOutcome outcome = PreCheck.check(matter,
				List.of(ok("ID_CARD"), ok("PROPERTY_PROOF"), ok("INDOOR_ACCEPTANCE")), Set.of(), Set.of());

		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.missing()).isEmpty();
		assertThat(outcome.accepted()).extracting(material -> material.code())
			.containsExactly("ID_CARD", "PROPERTY_PROOF", "INDOOR_ACCEPTANCE");
	}

	@Test
	@DisplayName("NTC-2: incomplete answers every missing item at once, in the catalogue's order: those not "
			+ "brought and those handed in with a problem")
	void everyMissingItemAtOnce() {
		PreCheckOutcome outcome = PreCheck.check(matter, List.of(new Presented("ID_CARD", "身份证已过期")), Set.of(),
				Set.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.missing()).extracting(item -> item.material().code(), MissingItem::problem)
			.containsExactly(tuple("ID_CARD", "身份证已过期"), tuple("PROPERTY_PROOF", null),
					tuple("INDOOR_ACCEPTANCE", null));
		assertThat(outcome.accepted()).isEmpty();
	}

	@Test
	@DisplayName("NTC-2: a conditional material is required only when its circumstance applies, or when it is "
			+ "handed in")
	void conditionalMaterialsOnlyWhenTheyApply() {
		List<Presented> all = List.of(ok("ID_CARD"), ok("PROPERTY_PROOF"), ok("INDOOR_ACCEPTANCE"));

		assertThat(PreCheck.check(matter, all, Set.of(), Set.of()).complete()).isTrue();
		PreCheckOutcome agent = PreCheck.check(matter, all, Set.of("AGENT_AUTHORISATION"), Set.of());
		assertThat(agent.missing()).extracting(item -> item.material().code()).containsExactly("AGENT_AUTHORISATION");
		assertThat(agent.applicable()).containsExactly("AGENT_AUTHORISATION");
		PreCheckOutcome handedIn = PreCheck.check(matter,
				List.of(ok("ID_CARD"), ok("PROPERTY_PROOF"), ok("INDOOR_ACCEPTANCE"), ok("AGENT_AUTHORISATION")),
				Set.of(), Set.of());
		assertThat(handedIn.complete()).isTrue();
		assertThat(handedIn.applicable()).containsExactly("AGENT_AUTHORISATION");
	}

	@Test
	@DisplayName("NTC-2, NTC-4: what an earlier trip accepted stays accepted, unless handed in again with a problem")
	void earlierAcceptedMaterialsCarryOver() {
		Set<String> earlier = Set.of("ID_CARD", "PROPERTY_PROOF");

		assertThat(PreCheck.check(matter, List.of(ok("INDOOR_ACCEPTANCE")), Set.of(), earlier).complete()).isTrue();
		PreCheckOutcome expired = PreCheck.check(matter,
				List.of(ok("INDOOR_ACCEPTANCE"), new Presented("ID_CARD", "身份证已过期")), Set.of(), earlier);
		assertThat(expired.missing()).extracting(item -> item.material().code()).containsExactly("ID_CARD");
	}

	@Test
	@DisplayName("NTC-7: materials found wanting during handling are missing, the others accepted so far stay "
			+ "accepted; a conditional one named says its circumstance applies; naming none is refused")
	void materialsFoundWantingDuringHandling() {
		Set<String> accepted = Set.of("ID_CARD", "PROPERTY_PROOF", "INDOOR_ACCEPTANCE");

		PreCheckOutcome found = PreCheck.found(matter,
				List.of(new Presented("AGENT_AUTHORISATION", "未见委托书"), new Presented("PROPERTY_PROOF", "复印件不清晰")),
				Set.of(), accepted);

		assertThat(found.missing()).extracting(item -> item.material().code(), MissingItem::problem)
			.containsExactly(tuple("PROPERTY_PROOF", "复印件不清晰"), tuple("AGENT_AUTHORISATION", "未见委托书"));
		assertThat(found.accepted()).extracting(material -> material.code())
			.containsExactly("ID_CARD", "INDOOR_ACCEPTANCE");
		assertThat(found.applicable()).containsExactly("AGENT_AUTHORISATION");
		assertThatIllegalArgumentException().isThrownBy(() -> PreCheck.found(matter, List.of(), Set.of(), accepted));
	}

	@Test
	@DisplayName("A material the matter does not list, or a required one marked as a circumstance, is refused")
	void unknownCodesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PreCheck.check(matter, List.of(ok("PASSPORT")), Set.of(), Set.of()))
			.withMessageContaining("PASSPORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PreCheck.check(matter, List.of(), Set.of("ID_CARD"), Set.of()))
			.withMessageContaining("ID_CARD");
	}

	private static Presented ok(String code) {
		return new Presented(code, null);
	}

}
