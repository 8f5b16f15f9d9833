/** The rota's API: duties, substitutions, check-ins and uncovered shifts. */
package cn.aode.servicedesk.assist.rota.web;
