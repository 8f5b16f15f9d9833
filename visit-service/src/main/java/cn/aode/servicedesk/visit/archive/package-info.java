/**
 * The return-visit archive (回访档案, VST-12): reviewed records filed by the designated
 * custodian, classified by kind, customer and quarter, searched and exported.
 */
package cn.aode.servicedesk.visit.archive;
