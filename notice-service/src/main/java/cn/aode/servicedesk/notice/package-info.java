/**
 * notice-service owns the matter catalogue, material pre-checks and written one-time
 * notices (一次性告知单), and detects repeat trips (NTC).
 */
package cn.aode.servicedesk.notice;
