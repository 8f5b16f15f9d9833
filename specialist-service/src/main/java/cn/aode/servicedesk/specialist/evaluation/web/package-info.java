/** REST API of the annual evaluation. */
package cn.aode.servicedesk.specialist.evaluation.web;
