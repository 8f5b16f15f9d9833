package cn.aode.servicedesk.assist;

import cn.aode.servicedesk.platform.HouseRules;

/** assist-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
