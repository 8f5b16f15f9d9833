/**
 * The help desk (帮办代办服务台, AST-1, AST-5, AST-6): consultations told the procedure,
 * materials and time limit in full, and free assistance that pre-checks the applicant's
 * materials — complete: led through the handling; incomplete: every missing item at once.
 */
package cn.aode.servicedesk.assist.desk;
