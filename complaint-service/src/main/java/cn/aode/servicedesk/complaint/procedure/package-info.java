/**
 * A complaint's procedure (CMP-3: 受理-处理-反馈-回访-归档): accepting it, handling it and feeding
 * the result back, each step published on {@code complaint-events}.
 */
package cn.aode.servicedesk.complaint.procedure;
