/**
 * The operations API for signing keys: list them, rotate them (scope {@code ops}).
 */
package cn.aode.servicedesk.auth.key.web;
