package cn.aode.servicedesk.visit.plan;

/** Whom a visit is for, as known when it was planned. */
public record VisitedCustomer(String customerId, String customerName, String customerPhone) {

}
