package cn.aode.servicedesk.specialist.customer.web;

import java.util.List;

/**
 * What a bulk import did: how many rows arrived, how each stored row fared, and why each
 * refused row was refused.
 */
record ImportReport(int received, int created, int updated, int unchanged, List<Rejected> rejected) {

	/**
	 * A refused row.
	 *
	 * @param row position among the data rows, from 1 (a CSV header row is not counted)
	 * @param crmId the row's CRM id when it has one
	 * @param errors {@code field: message} for each problem
	 */
	record Rejected(int row, String crmId, List<String> errors) {
	}

}
