/** The help desk's API. */
package cn.aode.servicedesk.assist.desk.web;
