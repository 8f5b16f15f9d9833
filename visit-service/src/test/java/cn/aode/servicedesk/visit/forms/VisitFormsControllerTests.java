package cn.aode.servicedesk.visit.forms;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.visit.customer.CustomerComplaint;
import cn.aode.servicedesk.visit.customer.CustomerProfile;
import cn.aode.servicedesk.visit.plan.ContactWindows;
import cn.aode.servicedesk.visit.plan.PreparationPack;
import cn.aode.servicedesk.visit.plan.ReviewDecision;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.TimeSpan;
import cn.aode.servicedesk.visit.plan.VisitMethod;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanFixtures;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitReport;
import cn.aode.servicedesk.visit.report.ReturnVisitReportFixtures;
import cn.aode.servicedesk.visit.report.ReturnVisitReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The printable forms, read back with an HTML parser as a person would read the paper.
 */
@WebSlice(VisitFormsController.class)
class VisitFormsControllerTests {

	private static final UUID ID = UUID.fromString("7d0c2f4e-1b7a-4a43-9b53-5f0b5f7c1a01");

	/** Rule IDs and internal codes never reach the paper. */
	private static final String INTERNAL = ".*\\b(SPC|APT|NTC|DL|VST|AST|CMP|X)-\\d+\\b.*|.*\\b(COMPLAINT|SATISFIED|PHONE|PENDING|REVIEWED)\\b.*";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	VisitPlanService plans;

	@MockitoBean
	ReturnVisitReportService reports;

	@Test
	@DisplayName("VST-5, VST-7: the printable 《客户回访计划表》 carries the plan, the customer's address and windows")
	void planForm() {
		VisitPlan plan = VisitPlanFixtures.plannedComplaintRevisit(ID);
		CustomerProfile customer = new CustomerProfile("CRM-100234", "HOUSEHOLD", "王丽", "13812345678", "城东区燃气路 8 号",
				false, "工作日 18:00-20:00", null, null, null, Instant.parse("2026-11-01T00:00:00Z"));
		given(plans.preparation(ID)).willReturn(new PreparationPack(plan, customer, "spc-01",
				ContactWindows.parse("工作日 18:00-20:00", List.of(new TimeSpan(null, null))),
				List.<CustomerComplaint>of(), List.of(), List.of()));

		Document form = html(
				mvc.get().uri("/api/v1/visits/" + ID + "/plan-form").accept(MediaType.TEXT_HTML).exchange());

		assertThat(form.title()).isEqualTo("客户回访计划表");
		assertThat(form.selectFirst("h1").text()).isEqualTo("客户回访计划表");
		assertThat(form.selectFirst(".company").text()).isEqualTo("科左中旗奥德燃气有限公司");
		assertThat(text(form, "number")).isEqualTo("HF20261127-0001");
		assertThat(text(form, "kind")).isEqualTo("投诉回访");
		assertThat(text(form, "due-by")).isEqualTo("2026年11月30日");
		assertThat(text(form, "planned-on")).isEqualTo("2026年11月27日");
		assertThat(text(form, "customer-name")).isEqualTo("王丽");
		assertThat(text(form, "address")).isEqualTo("城东区燃气路 8 号");
		assertThat(text(form, "contact-windows")).isEqualTo("工作日 18:00-20:00");
		assertThat(text(form, "content")).startsWith("投诉 TS20261127-0001");
		assertThat(form.body().text()).doesNotMatch(INTERNAL);
	}

	@Test
	@DisplayName("VST-8, VST-11: the printable 《客户回访记录表》 ticks the method and satisfaction and shows the review")
	void recordForm() {
		VisitPlan plan = VisitPlanFixtures.plannedComplaintRevisit(ID);
		plan.record(
				new VisitReport(Instant.parse("2026-11-29T11:00:00Z"), "staff-031", VisitMethod.PHONE,
						Satisfaction.BASICALLY_SATISFIED, "处理及时", "表箱门锈蚀", "已致歉"),
				Instant.parse("2026-11-29T12:00:00Z"));
		plan.review(new ReviewDecision(ReviewState.REVIEWED, "记录完整"), "sup-01", Instant.parse("2026-11-30T02:00:00Z"));
		given(plans.get(ID)).willReturn(plan);

		Document form = html(
				mvc.get().uri("/api/v1/visits/" + ID + "/record-form").accept(MediaType.TEXT_HTML).exchange());

		assertThat(form.selectFirst("h1").text()).isEqualTo("客户回访记录表");
		assertThat(text(form, "visited-at")).isEqualTo("2026年11月29日 19:00");
		assertThat(text(form, "visitor")).isEqualTo("staff-031");
		assertThat(form.select("#method .check").eachText()).contains("☑ 电话回访").hasSize(VisitMethod.values().length);
		assertThat(form.select("#satisfaction .check").eachText()).containsExactly("☐ 非常满意", "☐ 满意", "☑ 基本满意", "☐ 不满意",
				"☐ 非常不满意");
		assertThat(text(form, "customer-opinion")).isEqualTo("处理及时");
		assertThat(text(form, "problems-found")).isEqualTo("表箱门锈蚀");
		assertThat(text(form, "on-time")).isEqualTo("是");
		assertThat(text(form, "guidance")).isEqualTo("记录完整");
		assertThat(text(form, "reviewed-by")).isEqualTo("sup-01");
		assertThat(form.body().text()).doesNotMatch(INTERNAL);
	}

	@Test
	@DisplayName("VST-8: a plan not visited yet prints a blank record form to fill in by hand")
	void blankRecordForm() {
		given(plans.get(ID)).willReturn(VisitPlanFixtures.plannedComplaintRevisit(ID));

		Document form = html(
				mvc.get().uri("/api/v1/visits/" + ID + "/record-form").accept(MediaType.TEXT_HTML).exchange());

		assertThat(text(form, "visited-at")).isEmpty();
		assertThat(form.select("#satisfaction .check").eachText()).allMatch(box -> box.startsWith("☐"));
	}

	@Test
	@DisplayName("VST-10: the printable 《客户回访报告表》 carries the period, figures, summary and evaluation")
	void reportForm() {
		given(reports.get(ID)).willReturn(ReturnVisitReportFixtures.pending(ID));

		Document form = html(
				mvc.get().uri("/api/v1/visits/reports/" + ID + "/form").accept(MediaType.TEXT_HTML).exchange());

		assertThat(form.selectFirst("h1").text()).isEqualTo("客户回访报告表");
		assertThat(text(form, "period")).isEqualTo("2026年11月01日 至 2026年11月30日");
		assertThat(text(form, "kind")).isEqualTo("投诉回访");
		assertThat(text(form, "visits")).isEqualTo("4");
		assertThat(text(form, "overdue")).isEqualTo("1");
		assertThat(text(form, "satisfied-rate")).isEqualTo("75%");
		assertThat(form.select("#satisfaction .check").eachText()).contains("满意 2 次");
		assertThat(text(form, "review")).isEqualTo("待审核");
		assertThat(form.body().text()).doesNotMatch(INTERNAL);
	}

	@Test
	@DisplayName("An unknown plan's form answers 404 problem+json, not an error page")
	void unknownPlanAnswers404() {
		given(plans.get(ID)).willThrow(new NotFoundException("Visit plan", ID));

		MvcTestResult result = mvc.get()
			.uri("/api/v1/visits/" + ID + "/record-form")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static Document html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static String text(Document form, String id) {
		return form.getElementById(id).text();
	}

}
