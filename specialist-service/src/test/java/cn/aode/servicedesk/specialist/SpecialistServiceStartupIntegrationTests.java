package cn.aode.servicedesk.specialist;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** specialist-service starts, migrates its database and serves health and API docs. */
class SpecialistServiceStartupIntegrationTests extends ServiceStartupContract {

}
