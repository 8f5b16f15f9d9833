/**
 * Proxy errands (协助办理, AST-7): with a customer's voluntary authorisation, the help desk
 * handles the administrative approvals of the external gas line works — road occupation
 * and excavation, green space, trees, others — each on a deadline clock paused while the
 * authority decides.
 */
package cn.aode.servicedesk.assist.errand;
