package cn.aode.servicedesk.assist.errand;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * AST-7: the administrative approvals of the external gas line works the help desk
 * handles.
 */
public enum Permit implements Label.Labelled {

	/** 城区市政道路临时占用挖掘. */
	ROAD_OCCUPATION_AND_EXCAVATION,

	/** 临时占用城市绿化. */
	GREEN_SPACE_OCCUPATION,

	/** 砍伐迁移城市树木. */
	TREE_FELLING_OR_MOVING,

	/** Another approval the works need. */
	OTHER

}
