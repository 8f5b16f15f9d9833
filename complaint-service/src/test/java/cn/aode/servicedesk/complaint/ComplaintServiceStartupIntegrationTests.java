package cn.aode.servicedesk.complaint;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** complaint-service starts, migrates its database and serves health and API docs. */
class ComplaintServiceStartupIntegrationTests extends ServiceStartupContract {

}
