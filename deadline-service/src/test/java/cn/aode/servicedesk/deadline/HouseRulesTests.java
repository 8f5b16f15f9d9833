package cn.aode.servicedesk.deadline;

import cn.aode.servicedesk.platform.HouseRules;

/** deadline-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
