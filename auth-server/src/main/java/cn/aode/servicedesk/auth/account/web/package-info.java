/**
 * The operations API that provisions accounts: create or update one, read one (scope
 * {@code accounts}).
 */
package cn.aode.servicedesk.auth.account.web;
