/** Wording of the sentences this service stores for people, kept out of the code. */
package cn.aode.servicedesk.specialist.text;
