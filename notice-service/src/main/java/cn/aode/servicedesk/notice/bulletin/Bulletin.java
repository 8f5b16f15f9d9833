package cn.aode.servicedesk.notice.bulletin;

import java.time.Instant;
import java.util.List;

import cn.aode.servicedesk.notice.catalogue.MatterVersion;

/**
 * The bulletin as built at one moment: every matter type in force, in code order.
 *
 * @param tag identifies this content, for {@code ETag} and {@code If-None-Match}
 * @param builtAt when it was read from the catalogue
 */
public record Bulletin(List<MatterVersion> matters, String tag, Instant builtAt) {

	public Bulletin {
		matters = List.copyOf(matters);
	}

	/** The latest publication among the matters: the board's date. */
	public Instant publishedAt() {
		return matters.stream().map(MatterVersion::publishedAt).max(Instant::compareTo).orElse(builtAt);
	}

}
