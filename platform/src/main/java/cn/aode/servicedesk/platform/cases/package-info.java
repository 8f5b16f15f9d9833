/**
 * What every case of every area has: a human-facing number and bilingual labels for its
 * enums.
 */
package cn.aode.servicedesk.platform.cases;
