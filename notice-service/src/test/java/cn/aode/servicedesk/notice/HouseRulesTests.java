package cn.aode.servicedesk.notice;

import cn.aode.servicedesk.platform.HouseRules;

/** notice-service keeps the house layout. */
class HouseRulesTests extends HouseRules {

}
