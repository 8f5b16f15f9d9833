/**
 * Customers as a projection of the company CRM (the system of record): upserted one by
 * one or imported in bulk, shown masked to anyone but their own specialists, and
 * announced on {@code customer-events}.
 */
package cn.aode.servicedesk.specialist.customer;
