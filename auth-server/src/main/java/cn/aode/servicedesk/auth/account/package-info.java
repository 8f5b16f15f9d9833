/**
 * Accounts that may log in (staff and customers), their roles, their provisioning by
 * operations, and the throttle that locks an account after repeated wrong passwords.
 */
package cn.aode.servicedesk.auth.account;
