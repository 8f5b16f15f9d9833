/** The help desk's helpers (帮办代办员, AST-2): full-time and window helpers. */
package cn.aode.servicedesk.assist.helper;
