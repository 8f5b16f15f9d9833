package cn.aode.servicedesk.notice.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.notice.catalogue.CatalogueRevision;
import cn.aode.servicedesk.notice.catalogue.CatalogueService;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

/**
 * NTC-6: the public bulletin, the busiest unauthenticated read, served from memory. It is
 * built again when this instance commits a catalogue change, and at the latest after
 * {@link BulletinSettings#cacheTtl()} (changes committed by other instances).
 */
@Component
@EnableConfigurationProperties(BulletinSettings.class)
public class BulletinBoard {

	private final CatalogueService catalogue;

	private final CatalogueRevision revision;

	private final BulletinSettings settings;

	private final Clock clock;

	private final Counter builds;

	private final AtomicReference<Built> cached = new AtomicReference<>();

	BulletinBoard(CatalogueService catalogue, CatalogueRevision revision, BulletinSettings settings, Clock clock,
			MeterRegistry meters) {
		this.catalogue = catalogue;
		this.revision = revision;
		this.settings = settings;
		this.clock = clock;
		this.builds = Counter.builder("notice.bulletin.builds")
			.description("How often the public bulletin was read from the catalogue rather than from memory")
			.register(meters);
	}

	/** The bulletin as the catalogue stands (at most the cache's time behind). */
	public Bulletin current() {
		long seen = revision.current();
		Instant now = clock.instant();
		Built built = cached.get();
		if (built != null && built.revision() == seen
				&& now.isBefore(built.bulletin().builtAt().plus(settings.cacheTtl()))) {
			return built.bulletin();
		}
		List<MatterVersion> matters = catalogue.allCurrent();
		builds.increment();
		Bulletin bulletin = new Bulletin(matters, tag(matters), now);
		cached.set(new Built(seen, bulletin));
		return bulletin;
	}

	/** Changes with every version in force, whichever instance published it. */
	private static String tag(List<MatterVersion> matters) {
		String versions = matters.stream()
			.map(matter -> matter.code() + ":" + matter.version())
			.collect(Collectors.joining(","));
		return HexFormat.of().toHexDigits(versions.hashCode()) + "-" + matters.size();
	}

	private record Built(long revision, Bulletin bulletin) {
	}

}
