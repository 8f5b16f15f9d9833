package cn.aode.servicedesk.notice.onetime;

/**
 * Who applies (服务对象): a household or an enterprise, as they give themselves at the hall.
 *
 * @param customerId the CRM's customer id when known, or null
 */
public record Applicant(String name, String phone, String customerId) {
}
