package cn.aode.servicedesk.visit;

import cn.aode.servicedesk.platform.HouseRules;

/** visit-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
