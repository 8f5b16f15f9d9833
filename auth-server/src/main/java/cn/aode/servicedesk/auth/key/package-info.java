/**
 * The RSA keys that sign tokens, kept in the database so every instance signs with the
 * same key and a rotation needs no restart: the newest active key signs, retired keys
 * stay published for a grace period so the tokens they signed keep verifying.
 */
package cn.aode.servicedesk.auth.key;
