package cn.aode.servicedesk.specialist.need;

/**
 * What the specialist wrote down with the customer when taking the need (SPC-3): fixed at
 * submission.
 *
 * @param preparedInformation what the specialist helped the customer prepare, or null
 */
public record NeedContent(String title, String description, String preparedInformation) {
}
