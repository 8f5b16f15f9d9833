/** REST API of deadline clocks under {@code /api/v1/deadlines}. */
package cn.aode.servicedesk.deadline.clock.web;
