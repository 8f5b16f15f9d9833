/** The "could-not-get-it-done" window's API. */
package cn.aode.servicedesk.assist.unresolved.web;
