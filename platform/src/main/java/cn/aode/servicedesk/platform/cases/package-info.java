/**
 * What every case of every area has: a human-facing number, bilingual labels for its
 * enums, and the wording of the sentences it stores for people.
 */
package cn.aode.servicedesk.platform.cases;
