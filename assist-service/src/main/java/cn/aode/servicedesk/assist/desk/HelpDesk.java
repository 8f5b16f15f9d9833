package cn.aode.servicedesk.assist.desk;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.assist.notice.Matter;
import cn.aode.servicedesk.assist.notice.NoticeClient;
import cn.aode.servicedesk.assist.notice.NoticeUnavailableException;
import cn.aode.servicedesk.assist.notice.PreCheck;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * The help desk (AST-5, AST-6): consultations answered from notice-service's catalogue,
 * and pre-checks asked of notice-service outside any database transaction — the case is
 * stored first as pending with its request, then completed with the answer, so a failed
 * call loses nothing and can be retried with the same idempotency key.
 */
@Service
public class HelpDesk {

	/** Prefix of help desk case numbers (帮办). */
	static final String NUMBER_PREFIX = "BB";

	private final DeskCases cases;

	private final NoticeClient notices;

	private final CaseNumbers numbers;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	HelpDesk(DeskCases cases, NoticeClient notices, CaseNumbers numbers, TransactionTemplate transactions,
			JsonMapper json, Clock clock) {
		this.cases = cases;
		this.notices = notices;
		this.numbers = numbers;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * AST-5: a consultation told the matter's procedure, materials and time limit in
	 * full.
	 */
	public DeskCase consult(PreCheck.Applicant applicant, String matterCode, String question, String handledBy) {
		Matter matter = notices.matter(matterCode)
			.orElseThrow(() -> new NotFoundException("Matter in notice-service's catalogue", matterCode));
		return transactions.execute(status -> cases.save(DeskCase.consultation(numbers.next(NUMBER_PREFIX), applicant,
				matter, question, handledBy, clock.instant())));
	}

	/**
	 * AST-6: pre-checks the applicant's materials in notice-service; when it cannot
	 * answer the case stays {@link DeskCaseStatus#PRECHECK_PENDING} with its request.
	 */
	public DeskCase assist(PreCheck check, String authorization, String handledBy) {
		String matterName = matterName(check.matterCode());
		DeskCase pending = transactions.execute(status -> cases.save(DeskCase.assistance(numbers.next(NUMBER_PREFIX),
				check, matterName, json.writeValueAsString(check), handledBy, clock.instant())));
		return precheck(pending, check, authorization);
	}

	/**
	 * The matter's name from the catalogue; 404 for a matter it does not have; null when
	 * notice-service cannot tell (the pre-check is then kept pending).
	 */
	private String matterName(String code) {
		try {
			return notices.matter(code)
				.orElseThrow(() -> new NotFoundException("Matter in notice-service's catalogue", code))
				.name();
		}
		catch (NoticeUnavailableException unavailable) {
			return null;
		}
	}

	/**
	 * AST-6: retries the pre-check of a pending case, with the same idempotency key; a
	 * concurrent retry that answered it first makes this one a 409.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null
	 */
	public DeskCase retry(UUID caseId, Long expectedVersion, String authorization) {
		DeskCase pending = get(caseId);
		StaleVersionException.requireCurrent("Desk case", caseId, expectedVersion, pending.version());
		if (pending.status() != DeskCaseStatus.PRECHECK_PENDING) {
			return pending;
		}
		return precheck(pending, json.readValue(pending.precheckRequest(), PreCheck.class), authorization);
	}

	private DeskCase precheck(DeskCase pending, PreCheck check, String authorization) {
		PreCheck.Answer answer;
		try {
			answer = notices.precheck(check, authorization, pending.idempotencyKey());
		}
		catch (NoticeUnavailableException unavailable) {
			return pending;
		}
		catch (IllegalArgumentException refused) {
			transactions.executeWithoutResult(status -> cases.deleteById(pending.id()));
			throw refused;
		}
		return transactions.execute(status -> {
			DeskCase current = get(pending.id());
			current.prechecked(answer, clock.instant());
			return cases.save(current);
		});
	}

	public DeskCase get(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Desk case", caseId));
	}

	public Page<DeskCase> list(DeskCaseStatus status, Pageable pageable) {
		return status == null ? cases.findAll(pageable) : cases.findByStatus(status, pageable);
	}

}
