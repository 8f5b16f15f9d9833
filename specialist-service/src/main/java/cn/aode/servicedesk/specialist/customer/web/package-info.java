/**
 * REST API of customers under {@code /api/v1/customers}: upsert from the CRM, bulk import
 * (JSON or CSV) and masked views.
 */
package cn.aode.servicedesk.specialist.customer.web;
