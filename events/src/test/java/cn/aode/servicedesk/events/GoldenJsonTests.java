package cn.aode.servicedesk.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.json.JSONException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event's JSON is pinned by a file under {@code golden/}: a contract change that
 * breaks consumers fails here first. Changing a golden file is a contract change
 * (additive only).
 */
class GoldenJsonTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UUID EVENT_ID = UUID.fromString("6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11");

	private static final UUID COMPLAINT_ID = UUID.fromString("0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66");

	private static final Instant AT = Instant.parse("2026-11-27T02:30:00Z");

	static Stream<Arguments> events() {
		return Stream.of(
				Arguments.of(new ComplaintAccepted(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "PHONE",
						"燃气表读数异常")),
				Arguments.of(new ComplaintResolved(EVENT_ID, AT, COMPLAINT_ID, "TS20261127-0001", "CRM-100234", "王丽",
						"13812345678", "staff-017", "已上门更换燃气表并向客户说明")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void serializesExactlyAsTheGoldenFile(IntegrationEvent event) throws JSONException {
		JSONAssert.assertEquals(golden(event), json.writeValueAsString(event), JSONCompareMode.STRICT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void readsTheGoldenFileBackToTheSameEvent(IntegrationEvent event) {
		assertThat(json.readValue(golden(event), event.getClass())).isEqualTo(event);
	}

	private static String golden(IntegrationEvent event) {
		try (InputStream in = GoldenJsonTests.class.getResourceAsStream("/golden/" + event.eventType() + ".json")) {
			assertThat(in).as("golden file for %s", event.eventType()).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
