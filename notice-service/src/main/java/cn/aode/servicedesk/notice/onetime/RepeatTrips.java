package cn.aode.servicedesk.notice.onetime;

import java.util.Set;

import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;

/**
 * NTC-7: tells, for an item asked for on a later trip, whether the first notice should
 * have named it (the issuer's fault) or the customer's situation or the catalogue changed
 * since. A conditional material whose circumstance the first issuer did not ask about was
 * left out, unless staff declare the circumstance new.
 */
public final class RepeatTrips {

	private RepeatTrips() {
	}

	/**
	 * Why the item is asked for again.
	 * @param firstVersion the catalogue version the first notice was issued on
	 * @param applicableAtFirst the conditional materials whose circumstance applied then
	 * @param toldBefore every material an earlier notice of the application asked for
	 * @param acceptedBefore the materials accepted on earlier trips and not found wanting
	 * since
	 * @param newCircumstances conditional materials whose circumstance staff declare to
	 * have arisen since the first trip
	 */
	public static ItemCause cause(MissingItem item, MatterVersion firstVersion, Set<String> applicableAtFirst,
			Set<String> toldBefore, Set<String> acceptedBefore, Set<String> newCircumstances) {
		String code = item.material().code();
		if (toldBefore.contains(code)) {
			return ItemCause.TOLD_BEFORE;
		}
		if (acceptedBefore.contains(code)) {
			return ItemCause.BECAME_INVALID;
		}
		Material required = firstVersion.material(code).orElse(null);
		if (required == null) {
			return ItemCause.NEWLY_REQUIRED;
		}
		if (required.conditional() && !applicableAtFirst.contains(code) && newCircumstances.contains(code)) {
			return ItemCause.NEW_CIRCUMSTANCE;
		}
		return ItemCause.LEFT_OUT;
	}

}
