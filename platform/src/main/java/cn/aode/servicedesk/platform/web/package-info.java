/** HTTP plumbing shared by services: request ids in responses and logs. */
package cn.aode.servicedesk.platform.web;
