package cn.aode.servicedesk.visit;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** visit-service starts, migrates its database and serves health and API docs. */
class VisitServiceStartupIntegrationTests extends ServiceStartupContract {

}
