package cn.aode.servicedesk.notice.onetime;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.notice.catalogue.CatalogueService;
import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.query.Filters;

/**
 * Every trip of a customer for an application, in one transaction with its notice and
 * events: the pre-check (NTC-2), the notice of what is missing (NTC-3), handling once
 * complete (NTC-4) and the repeat-trip check of later notices (NTC-7).
 */
@Service
@EnableConfigurationProperties(NoticeSettings.class)
public class OneTimeNoticeService {

	/** Newest first. */
	public static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "issuedAt");

	/** Prefix of application numbers (办件). */
	static final String APPLICATION_PREFIX = "BJ";

	/** Prefix of notice numbers (告知). */
	static final String NOTICE_PREFIX = "GZ";

	private static final Texts TEXTS = Texts.of(OneTimeNoticeService.class);

	/** The longest detail of a staff record entry, as specialist-service keeps it. */
	private static final int MAX_DETAIL = 2000;

	private final Applications applications;

	private final OneTimeNotices notices;

	private final JdbcAggregateTemplate aggregates;

	private final CatalogueService catalogue;

	private final CaseNumbers numbers;

	private final Clock clock;

	OneTimeNoticeService(Applications applications, OneTimeNotices notices, JdbcAggregateTemplate aggregates,
			CatalogueService catalogue, CaseNumbers numbers, Clock clock) {
		this.applications = applications;
		this.notices = notices;
		this.aggregates = aggregates;
		this.catalogue = catalogue;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * NTC-2: the customer's first trip for a matter opens an application; its materials
	 * are checked against the version in force.
	 */
	@Transactional
	public TripResult precheck(String matterCode, Applicant applicant, TripMaterials materials, String by) {
		MatterVersion matter = catalogue.current(matterCode);
		Application application = Application.open(numbers.next(APPLICATION_PREFIX), matter.code(), applicant, by,
				clock.instant());
		return trip(application, matter, materials, by);
	}

	/**
	 * NTC-4: the customer brings what the application's latest notice asked for; what
	 * earlier trips accepted stays accepted unless handed in again with a problem.
	 * @param expectedVersion the version of the notice's application the caller saw
	 * ({@code If-Match}: the ETag of the pre-check's or the last supplement's answer), or
	 * null; a supplement changes the application, not the notice
	 */
	@Transactional
	public TripResult supplement(UUID noticeId, Long expectedVersion, TripMaterials materials, String by) {
		OneTimeNotice notice = notice(noticeId);
		Application application = application(notice.applicationId());
		StaleVersionException.requireCurrent("Application", application.id(), expectedVersion, application.version());
		application.requireAwaitingMaterials();
		if (notice.trip() != application.trips().size()) {
			throw new InvalidStateException("Notice " + notice.number() + " was followed by a later notice of "
					+ "application " + application.number() + "; supplement the latest one");
		}
		return trip(application, catalogue.current(application.matterCode()), materials, by);
	}

	/** DL-1: the handling of an application is completed, which stops its clock. */
	@Transactional
	public Application completeHandling(UUID applicationId, Long expectedVersion, String result, boolean resultTold,
			String by) {
		Application application = application(applicationId);
		StaleVersionException.requireCurrent("Application", applicationId, expectedVersion, application.version());
		application.completeHandling(result, resultTold, by, clock.instant());
		return applications.save(application);
	}

	/** NTC-3: the customer asks for the oral notice in writing. */
	@Transactional
	public OneTimeNotice putInWriting(UUID noticeId, Long expectedVersion, String by) {
		OneTimeNotice notice = notice(noticeId);
		StaleVersionException.requireCurrent("Notice", noticeId, expectedVersion, notice.version());
		notice.putInWriting(by, clock.instant());
		return notices.save(notice);
	}

	/**
	 * NTC-7: materials found missing or not in order while the application is handled
	 * (the customer is not there): a notice of them interrupts the handling until the
	 * customer brings them; its clock keeps running.
	 * @param found the materials found wanting, with their problems
	 */
	@Transactional
	public TripResult furtherNotice(UUID applicationId, Long expectedVersion, TripMaterials found, String by) {
		Application application = application(applicationId);
		StaleVersionException.requireCurrent("Application", applicationId, expectedVersion, application.version());
		application.requireHandling();
		MatterVersion matter = catalogue
			.version(application.trips().get(application.trips().size() - 1).matterVersionId());
		PreCheckOutcome outcome = PreCheck.found(matter, found.presented(), applying(application, matter, found),
				application.acceptedSoFar());
		return noticed(application, matter, outcome, found, by, true);
	}

	private TripResult trip(Application application, MatterVersion matter, TripMaterials materials, String by) {
		PreCheckOutcome outcome = PreCheck.check(matter, materials.presented(),
				applying(application, matter, materials), application.acceptedSoFar());
		if (outcome.complete()) {
			application.complete(matter, outcome, by,
					TEXTS.format("handling.title", matter.name(), application.applicant().name(), application.number()),
					clock.instant());
			return new TripResult(applications.save(application), outcome, null);
		}
		return noticed(application, matter, outcome, materials, by, false);
	}

	/**
	 * Circumstances of earlier checks still apply, as far as the version in force still
	 * has them, beside those named now.
	 */
	private static Set<String> applying(Application application, MatterVersion matter, TripMaterials materials) {
		Set<String> applying = new HashSet<>(application.applicableSoFar());
		applying.removeIf(code -> matter.material(code).filter(Material::conditional).isEmpty());
		applying.addAll(materials.applying());
		return applying;
	}

	private TripResult noticed(Application application, MatterVersion matter, PreCheckOutcome outcome,
			TripMaterials materials, String by, boolean inHandling) {
		Instant now = clock.instant();
		int trip = application.nextTrip();
		Trip first = application.firstTrip();
		MatterVersion firstVersion = first == null ? null : catalogue.version(first.matterVersionId());
		List<NoticeItem> items = outcome.missing()
			.stream()
			.map(missing -> NoticeItem.of(missing,
					first == null ? null : RepeatTrips.cause(missing, firstVersion, Set.copyOf(first.applicable()),
							application.toldSoFar(), application.acceptedSoFar(), materials.newCircumstances())))
			.toList();
		OneTimeNotice notice = OneTimeNotice.issue(numbers.next(NOTICE_PREFIX), application, matter, trip, items,
				materials.form(), by, now);
		String detail = notice.leftOut().isEmpty() ? null
				: fitRecord(TEXTS.format("left-out.detail", first.noticeNumber(), matter.name(),
						notice.leftOut().stream().map(NoticeItem::name).collect(Collectors.joining("、")),
						application.number(), String.valueOf(application.visits() + (inHandling ? 0 : 1)),
						notice.number()));
		application.noticed(matter, outcome, notice, by, inHandling, detail, now);
		Application saved = applications.save(application);
		return new TripResult(saved, outcome, notices.save(notice));
	}

	/**
	 * A staff record's detail holds at most {@value #MAX_DETAIL} characters
	 * (specialist-service refuses a longer one); a notice of very many items is cut.
	 */
	private static String fitRecord(String detail) {
		return detail.codePointCount(0, detail.length()) <= MAX_DETAIL ? detail
				: detail.substring(0, detail.offsetByCodePoints(0, MAX_DETAIL - 1)) + "…";
	}

	@Transactional(readOnly = true)
	public Application application(UUID id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	/** Applications of one status, or all, newest first. */
	@Transactional(readOnly = true)
	public Page<Application> applications(ApplicationStatus status, Pageable pageable) {
		return status == null ? applications.findAll(pageable) : applications.findByStatus(status, pageable);
	}

	@Transactional(readOnly = true)
	public OneTimeNotice notice(UUID id) {
		return notices.findById(id).orElseThrow(() -> new NotFoundException("Notice", id));
	}

	/** Notices kept for inspection, by application, issuer and form; null matches all. */
	@Transactional(readOnly = true)
	public Page<OneTimeNotice> notices(UUID applicationId, String issuedBy, NoticeForm form, Pageable pageable) {
		return aggregates.findAll(Filters.of()
			.equal("applicationId", applicationId)
			.equal("issuedBy", issuedBy)
			.equal("form", form)
			.query(), OneTimeNotice.class, pageable);
	}

	/**
	 * The catalogue version a notice told, whatever the catalogue says now.
	 */
	@Transactional(readOnly = true)
	public MatterVersion toldBy(OneTimeNotice notice) {
		return catalogue.version(notice.matterVersionId());
	}

}
