/** Feeds the customer projection from customer and complaint events, once each. */
package cn.aode.servicedesk.visit.customer.messaging;
