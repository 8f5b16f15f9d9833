package cn.aode.servicedesk.notice.bulletin.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.aode.servicedesk.notice.bulletin.Bulletin;
import cn.aode.servicedesk.notice.bulletin.BulletinBoard;
import cn.aode.servicedesk.notice.bulletin.BulletinSettings;
import cn.aode.servicedesk.notice.catalogue.CatalogueService;
import cn.aode.servicedesk.notice.catalogue.web.MatterView;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * NTC-6: the public bulletin board, read without a token: a page of the matters in force
 * as JSON, or the whole board as a printable A4 page. Both carry an ETag and answer 304
 * to a client that has the current board.
 */
@RestController
@RequestMapping("/api/v1/bulletin")
@Tag(name = "Public bulletin 公告栏", description = "NTC-6: materials, procedure and time limit of every matter type")
class BulletinController {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final ZoneId ZONE = CaseNumbers.BUSINESS_ZONE;

	private final BulletinBoard board;

	private final BulletinSettings settings;

	private final ITemplateEngine templates;

	BulletinController(BulletinBoard board, BulletinSettings settings, ITemplateEngine templates) {
		this.board = board;
		this.settings = settings;
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "A page of the matter types in force, in code order, from memory (public)")
	ResponseEntity<PageView<MatterView>> read(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Bulletin bulletin = board.current();
		String etag = etag(bulletin);
		if (etag.equals(ifNoneMatch)) {
			return notModified(etag);
		}
		Pageable pageable = PageView.request(page, size, CatalogueService.BY_CODE);
		List<MatterView> all = bulletin.matters().stream().map(MatterView::of).toList();
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(PageView.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), view -> view));
	}

	@GetMapping(value = "/print", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The whole board as a printable A4 page in Chinese, for the hall (public)")
	ResponseEntity<String> print(
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Bulletin bulletin = board.current();
		String etag = "\"html-" + bulletin.tag() + "\"";
		if (etag.equals(ifNoneMatch)) {
			return notModified(etag);
		}
		Context context = new Context(Locale.SIMPLIFIED_CHINESE,
				Map.of("company", settings.company(), "matters",
						bulletin.matters().stream().map(MatterView::of).toList(), "publishedOn",
						DATE.format(bulletin.publishedAt().atZone(ZONE))));
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePublic())
			.contentType(HTML)
			.body(templates.process("notice/bulletin", context));
	}

	private static String etag(Bulletin bulletin) {
		return "\"" + bulletin.tag() + "\"";
	}

	private static <T> ResponseEntity<T> notModified(String etag) {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
	}

}
