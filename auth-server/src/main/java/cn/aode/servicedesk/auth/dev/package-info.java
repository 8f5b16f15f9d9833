/**
 * The dev profile's demo data: one account per role, two customers, and the developer's
 * command-line client.
 */
package cn.aode.servicedesk.auth.dev;
