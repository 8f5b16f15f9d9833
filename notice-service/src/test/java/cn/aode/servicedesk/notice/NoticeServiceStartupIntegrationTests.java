package cn.aode.servicedesk.notice;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** notice-service starts, migrates its database and serves health and API docs. */
class NoticeServiceStartupIntegrationTests extends ServiceStartupContract {

}
