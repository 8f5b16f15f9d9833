/** The authorisations' and errands' API. */
package cn.aode.servicedesk.assist.errand.web;
