/**
 * The public bulletin board (公告栏, NTC-6): materials, procedure and time limit of every
 * matter type in force, built from the catalogue and kept until it changes.
 */
package cn.aode.servicedesk.notice.bulletin;
