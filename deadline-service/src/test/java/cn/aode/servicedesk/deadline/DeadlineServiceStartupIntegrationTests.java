package cn.aode.servicedesk.deadline;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** deadline-service starts, migrates its database and serves health and API docs. */
class DeadlineServiceStartupIntegrationTests extends ServiceStartupContract {

}
