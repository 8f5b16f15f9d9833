package cn.aode.servicedesk.specialist;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import cn.aode.servicedesk.platform.HouseRules;

/**
 * specialist-service keeps the house layout. One instance for all rules: the classes are
 * imported once, not once per rule.
 */
@TestInstance(Lifecycle.PER_CLASS)
class HouseRulesTests extends HouseRules {

}
