/**
 * complaint-service owns complaints (投诉) through their procedure accept → handle →
 * feedback → revisit → archive (CMP-3), and publishes each step on
 * {@code complaint-events}.
 */
package cn.aode.servicedesk.complaint;
