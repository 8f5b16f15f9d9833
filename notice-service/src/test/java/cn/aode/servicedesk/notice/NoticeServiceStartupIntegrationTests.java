package cn.aode.servicedesk.notice;

import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.MaterialForm;
import cn.aode.servicedesk.notice.onetime.ApplicationStatus;
import cn.aode.servicedesk.notice.onetime.ItemCause;
import cn.aode.servicedesk.notice.onetime.NoticeCopy;
import cn.aode.servicedesk.notice.onetime.NoticeForm;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/** notice-service starts, migrates its database and serves health and API docs. */
class NoticeServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("matter_version", "matter_material", "application", "application_trip", "application_violation",
				"one_time_notice", "notice_item", "phone_consultation");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(MaterialForm.class, ApplicationStatus.class, NoticeForm.class, NoticeCopy.class, ItemCause.class);
	}

}
