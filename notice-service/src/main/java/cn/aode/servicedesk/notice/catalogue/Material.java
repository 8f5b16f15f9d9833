package cn.aode.servicedesk.notice.catalogue;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One material (材料) a matter requires, as the catalogue lists it.
 *
 * @param code stable within the matter across its versions (e.g. {@code ID_CARD}); the
 * pre-check, notices and repeat-trip detection compare materials by it
 * @param name what staff and customers read, in Chinese
 * @param copies how many are handed in
 * @param form original, copy, or both
 * @param appliesWhen the circumstance in which it is required (e.g. 委托他人代办时), or null
 * when every applicant needs it
 * @param notes what the material must satisfy, or null
 * @param howToObtain where and how the customer gets it
 */
@Table("matter_material")
public record Material(String code, String name, int copies, MaterialForm form, String appliesWhen, String notes,
		String howToObtain) {

	/** Whether only some applicants need it ({@link #appliesWhen}). */
	public boolean conditional() {
		return appliesWhen != null;
	}

}
