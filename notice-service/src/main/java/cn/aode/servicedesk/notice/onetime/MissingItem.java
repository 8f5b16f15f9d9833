package cn.aode.servicedesk.notice.onetime;

import cn.aode.servicedesk.notice.catalogue.Material;

/**
 * A required material the pre-check did not find in order.
 *
 * @param problem what was wrong with the one handed in, or null when it was not brought
 */
public record MissingItem(Material material, String problem) {
}
