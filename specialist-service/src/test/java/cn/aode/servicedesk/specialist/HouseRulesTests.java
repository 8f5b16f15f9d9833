package cn.aode.servicedesk.specialist;

import cn.aode.servicedesk.platform.HouseRules;

/** specialist-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
