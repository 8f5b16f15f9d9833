/** REST API of specialist assignments, coverage gaps and workloads. */
package cn.aode.servicedesk.specialist.assignment.web;
