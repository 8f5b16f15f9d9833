/**
 * The event contracts between services: plain records, their logical type names and the
 * topics they travel on. No Spring and no persistence here, so any service (or the CRM)
 * can depend on it. Changes are additive; a breaking change is a new event type.
 */
package cn.aode.servicedesk.events;
