/**
 * The matter catalogue (事项目录, NTC-1): for each gas matter its basis, time limit,
 * procedure, required materials, rectification items and the cases not handled, in
 * versions that are never rewritten.
 */
package cn.aode.servicedesk.notice.catalogue;
