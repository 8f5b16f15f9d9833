package cn.aode.servicedesk.notice.bulletin.web;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public bulletin board, its cache and its printable page, against real PostgreSQL
 * and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class BulletinApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	@DisplayName("NTC-6: the bulletin is read without a token, a page at a time, with materials, procedure and "
			+ "time limit of every matter type; a client holding the current board gets 304")
	void theBulletinIsPublic() {
		MvcTestResult page = anonymous("/api/v1/bulletin?size=3");

		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items").asArray().hasSize(3);
		assertThat(page).bodyJson()
			.extractingPath("$.totalItems")
			.asNumber()
			.satisfies(total -> assertThat(total.intValue()).isGreaterThanOrEqualTo(8));
		assertThat(page).bodyJson().extractingPath("$.items[0].materials[0].howToObtain").asString().isNotBlank();
		assertThat(page).bodyJson().extractingPath("$.items[0].procedure").asArray().isNotEmpty();
		assertThat(page).bodyJson().extractingPath("$.items[0].timeLimit.zh").asString().endsWith("工作日");
		String etag = page.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(mvc.get()
			.uri("/api/v1/bulletin?size=3")
			.header(HttpHeaders.AUTHORIZATION, "")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()).hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	@DisplayName("NTC-6: reads are served from memory; a catalogue change is on the very next read, with a new ETag")
	void aCatalogueChangeInvalidatesTheCachedBulletin() {
		String before = anonymous("/api/v1/bulletin?size=200").getResponse().getHeader(HttpHeaders.ETAG);
		double builds = builds();
		for (int read = 0; read < 5; read++) {
			assertThat(anonymous("/api/v1/bulletin?size=200")).hasStatusOk();
		}
		assertThat(builds()).as("built once, then read from memory").isEqualTo(builds);

		assertThat(new JsonCalls(mvc).as(TestTokens.staff("office-01", Role.OFFICE_HANDLER))
			.post("/api/v1/matters", MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_C")))
			.hasStatus(HttpStatus.CREATED);

		MvcTestResult after = anonymous("/api/v1/bulletin?size=200");
		assertThat(after).bodyJson().extractingPath("$.items[*].code").asArray().contains("SAFETY_CHECK_C");
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(builds()).isEqualTo(builds + 1);
	}

	@Test
	@DisplayName("NTC-6: the printable board is an A4 page in Chinese listing every matter type with its materials, "
			+ "procedure and time limit, and no internal codes")
	void thePrintableBoardListsEveryMatter() throws Exception {
		MvcTestResult result = anonymous("/api/v1/bulletin/print");

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/html").contains("UTF-8");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("style").html()).contains("size: A4");
		assertThat(page.select("h1").text()).isEqualTo("燃气业务一次性告知公告栏");
		List<Element> matters = page.select("section.matter");
		assertThat(matters).hasSizeGreaterThanOrEqualTo(8);
		Element residential = matters.stream()
			.filter(matter -> matter.select("h2").text().contains("居民用户燃气开户通气"))
			.findFirst()
			.orElseThrow();
		assertThat(residential.select(".time-limit").text()).isEqualTo("自受理之日起5个工作日");
		assertThat(residential.select(".material-name").eachText()).contains("户主居民身份证", "户主签字的授权委托书");
		assertThat(residential.select("ol.procedure li")).hasSize(5);
		assertThat(residential.select("ul.rectifications li")).isNotEmpty();
		assertThat(residential.select("ul.not-handled li")).isNotEmpty();
		assertThat(page.text()).doesNotContain("RESIDENTIAL_CONNECTION", "ID_CARD", "P5WD", "NTC-");
	}

	private MvcTestResult anonymous(String uri) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "").exchange();
	}

	private double builds() {
		return meters.counter("notice.bulletin.builds").count();
	}

}
