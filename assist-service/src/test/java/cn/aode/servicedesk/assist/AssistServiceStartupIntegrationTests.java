package cn.aode.servicedesk.assist;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** assist-service starts, migrates its database and serves health and API docs. */
class AssistServiceStartupIntegrationTests extends ServiceStartupContract {

}
