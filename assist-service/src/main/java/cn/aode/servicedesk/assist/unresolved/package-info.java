/**
 * The "could-not-get-it-done" window (办不成事反映窗口, AST-1): cases escalated to the center's
 * head at once and tracked to a resolution on a deadline clock, with a monthly report of
 * their count, causes and time to resolution.
 */
package cn.aode.servicedesk.assist.unresolved;
