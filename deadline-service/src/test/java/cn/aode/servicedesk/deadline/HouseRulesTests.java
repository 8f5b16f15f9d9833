package cn.aode.servicedesk.deadline;

import org.junit.jupiter.api.TestInstance;

import cn.aode.servicedesk.platform.HouseRules;

/**
 * deadline-service keeps the house layout. One instance for all rules, so the classes are
 * imported once, not once per rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseRulesTests extends HouseRules {

}
