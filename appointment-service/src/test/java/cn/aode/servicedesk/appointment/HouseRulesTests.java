package cn.aode.servicedesk.appointment;

import cn.aode.servicedesk.platform.HouseRules;

/** appointment-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
