package cn.aode.servicedesk.complaint;

import cn.aode.servicedesk.platform.HouseRules;

/** complaint-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
