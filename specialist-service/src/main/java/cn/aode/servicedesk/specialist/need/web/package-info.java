/** REST API of customer needs and the customer's file. */
package cn.aode.servicedesk.specialist.need.web;
