/**
 * Customer projection and specialist assignment events of specialist-service, published
 * on {@code customer-events}.
 */
package cn.aode.servicedesk.events.customer;
