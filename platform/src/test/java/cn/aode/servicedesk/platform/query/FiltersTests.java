package cn.aode.servicedesk.platform.query;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

class FiltersTests {

	@Test
	@DisplayName("A filter left out matches everything; the ones given are all required")
	void nullFiltersAreLeftOut() {
		assertThat(Filters.of().equal("status", null).equal("kind", null).query().getCriteria())
			.hasValueSatisfying(criteria -> assertThat(criteria.isEmpty()).isTrue());
		assertThat(Filters.of()
			.equal("status", "PLANNED")
			.equal("kind", null)
			.equal("source.caseId", "c-1")
			.query()
			.getCriteria()).map(Object::toString)
			.hasValue(Criteria.where("status").is("PLANNED").and("source.caseId").is("c-1").toString());
	}

}
