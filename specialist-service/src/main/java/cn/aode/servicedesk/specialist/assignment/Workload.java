package cn.aode.servicedesk.specialist.assignment;

/**
 * What a staff member carries as specialist now, for the department head (SPC-1, SPC-4).
 *
 * @param activeCustomers customers they serve
 * @param openNeeds needs they took that are not answered yet
 * @param overdueParts parts of those needs still open after their clock ran out
 */
public record Workload(long activeCustomers, long openNeeds, long overdueParts) {
}
