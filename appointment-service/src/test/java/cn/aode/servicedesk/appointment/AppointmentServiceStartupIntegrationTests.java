package cn.aode.servicedesk.appointment;

import cn.aode.servicedesk.platform.ServiceStartupContract;

/** appointment-service starts, migrates its database and serves health and API docs. */
class AppointmentServiceStartupIntegrationTests extends ServiceStartupContract {

}
