package cn.aode.servicedesk.notice.catalogue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Matter versions and their time limits, without Spring. */
class MatterVersionTests {

	private static final Material ID_CARD = MatterFixtures.material("ID_CARD", "户主居民身份证");

	@Test
	@DisplayName("NTC-1: a matter is published only with its basis, time limit, procedure, materials, "
			+ "rectification items and cases not handled")
	void everyPartIsRequired() {
		MatterContent full = MatterFixtures.content(ID_CARD);
		List<MatterContent> lacking = List.of(
				new MatterContent(full.name(), full.department(), List.of(), full.timeLimit(), full.procedure(),
						full.materials(), full.rectifications(), full.notHandled()),
				new MatterContent(full.name(), full.department(), full.basis(), full.timeLimit(), List.of(),
						full.materials(), full.rectifications(), full.notHandled()),
				new MatterContent(full.name(), full.department(), full.basis(), full.timeLimit(), full.procedure(),
						List.of(), full.rectifications(), full.notHandled()),
				new MatterContent(full.name(), full.department(), full.basis(), full.timeLimit(), full.procedure(),
						full.materials(), List.of(), full.notHandled()),
				new MatterContent(full.name(), full.department(), full.basis(), full.timeLimit(), full.procedure(),
						full.materials(), full.rectifications(), List.of()));

		for (MatterContent content : lacking) {
			assertThatExceptionOfType(RuleViolationException.class).isThrownBy(content::requireComplete)
				.satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("NTC-1"));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> MatterFixtures.content(ID_CARD, MatterFixtures.material("ID_CARD", "身份证")).requireComplete())
			.withMessageContaining("ID_CARD");
	}

	@Test
	@DisplayName("NTC-1: a revision is the next version and leaves the one before as it was")
	void aRevisionIsTheNextVersion() {
		MatterVersion first = MatterFixtures.first(ID_CARD);

		MatterVersion second = MatterFixtures.revised(first, ID_CARD, MatterFixtures.material("ALARM", "报警器凭证"));

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.changeNote()).isEqualTo("新增材料");
		assertThat(first.materials()).extracting(Material::code).containsExactly("ID_CARD");
		assertThat(second.material("ALARM")).isPresent();
	}

	@Test
	@DisplayName("NTC-1: a time limit is a deadline policy deadline-service reads, printed in Chinese")
	void timeLimitsAreDeadlinePolicies() {
		assertThat(TimeLimits.zh("P5WD")).isEqualTo("5个工作日");
		assertThat(TimeLimits.zh("P3D")).isEqualTo("3日");
		assertThat(TimeLimits.zh("PT4WH")).isEqualTo("4个工作小时");
		for (String wrong : new String[] { "5WD", "P5W", "P-1WD", "", "五个工作日" }) {
			assertThatIllegalArgumentException().as(wrong).isThrownBy(() -> TimeLimits.require(wrong));
		}
	}

}
