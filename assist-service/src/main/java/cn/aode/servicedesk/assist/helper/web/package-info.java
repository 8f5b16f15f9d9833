/** The helpers' API: naming and listing helpers. */
package cn.aode.servicedesk.assist.helper.web;
