package cn.aode.servicedesk.notice.onetime;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

import static org.assertj.core.api.Assertions.assertThat;

/** Why a later trip asks for an item again: the issuer's fault or not. */
class RepeatTripsTests {

	private static final Material ID_CARD = MatterFixtures.material("ID_CARD", "户主居民身份证");

	private static final Material PROPERTY = MatterFixtures.material("PROPERTY_PROOF", "房屋产权证明");

	private static final Material AGENT = MatterFixtures.conditional("AGENT_AUTHORISATION", "授权委托书", "委托他人代办时");

	private static final Material ALARM = MatterFixtures.material("ALARM_RECEIPT", "燃气报警器购买凭证");

	private final MatterVersion first = MatterFixtures.first(ID_CARD, PROPERTY, AGENT);

	@Test
	@DisplayName("NTC-7 (faulty): a material the catalogue required when the first notice was issued and that "
			+ "was neither on it nor accepted is left out")
	void requiredButNotToldIsLeftOut() {
		assertThat(cause(PROPERTY, Set.of(), Set.of("ID_CARD"), Set.of(), Set.of())).isEqualTo(ItemCause.LEFT_OUT);
	}

	@Test
	@DisplayName("NTC-7 (faulty): a circumstance the first issuer did not ask about (an agent all along) is left out")
	void anUnaskedCircumstanceIsLeftOut() {
		assertThat(cause(AGENT, Set.of(), Set.of("PROPERTY_PROOF"), Set.of("ID_CARD"), Set.of()))
			.isEqualTo(ItemCause.LEFT_OUT);
	}

	@Test
	@DisplayName("NTC-7 (innocent): told before, accepted before and now invalid, newly required by a revised "
			+ "catalogue, or a circumstance declared new are not the issuer's fault")
	void theCustomersOwnNewSituationIsNotTheIssuersFault() {
		assertThat(cause(PROPERTY, Set.of(), Set.of("PROPERTY_PROOF"), Set.of(), Set.of()))
			.isEqualTo(ItemCause.TOLD_BEFORE);
		assertThat(cause(ID_CARD, Set.of(), Set.of("PROPERTY_PROOF"), Set.of("ID_CARD"), Set.of()))
			.isEqualTo(ItemCause.BECAME_INVALID);
		assertThat(cause(ALARM, Set.of(), Set.of("PROPERTY_PROOF"), Set.of("ID_CARD"), Set.of()))
			.isEqualTo(ItemCause.NEWLY_REQUIRED);
		assertThat(cause(AGENT, Set.of(), Set.of("PROPERTY_PROOF"), Set.of("ID_CARD"), Set.of("AGENT_AUTHORISATION")))
			.isEqualTo(ItemCause.NEW_CIRCUMSTANCE);
	}

	private ItemCause cause(Material material, Set<String> applicableAtFirst, Set<String> toldBefore,
			Set<String> acceptedBefore, Set<String> newCircumstances) {
		return RepeatTrips.cause(new MissingItem(material, null), first, applicableAtFirst, toldBefore, acceptedBefore,
				newCircumstances);
	}

}
