/**
 * X-1 (every decision kept for inspection: who did what, when): each service records
 * every state-changing call it answers — who (token subject, staff id, client), when,
 * what (method, path, answer) — in its own database, and shows its trail to leaders.
 */
package cn.aode.servicedesk.platform.audit;
