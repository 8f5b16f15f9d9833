package cn.aode.servicedesk.notice.onetime;

import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MaterialForm;

/**
 * One material a notice asks for, as the catalogue described it when the notice was
 * issued.
 *
 * @param problem what was wrong with the one handed in, or null when it was not brought
 * @param cause on a later trip, why it is asked for again (NTC-7); null on the first
 */
@Table("notice_item")
public record NoticeItem(String materialCode, String name, int copies, MaterialForm form, String appliesWhen,
		String notes, String howToObtain, String problem, ItemCause cause) {

	static NoticeItem of(MissingItem missing, ItemCause cause) {
		Material material = missing.material();
		return new NoticeItem(material.code(), material.name(), material.copies(), material.form(),
				material.appliesWhen(), material.notes(), material.howToObtain(), missing.problem(), cause);
	}

}
