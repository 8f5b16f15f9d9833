package cn.aode.servicedesk.notice;

import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.MaterialForm;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/** notice-service starts, migrates its database and serves health and API docs. */
class NoticeServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("matter_version", "matter_material");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(MaterialForm.class);
	}

}
