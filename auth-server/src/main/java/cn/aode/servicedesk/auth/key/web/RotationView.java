package cn.aode.servicedesk.auth.key.web;

import java.util.List;

/**
 * What a rotation did.
 *
 * @param signingKid the key that signs from now on
 * @param retiredKids the keys that stopped signing; still published for the grace period
 * @param droppedKids the keys removed because their grace period was over
 */
public record RotationView(String signingKid, List<String> retiredKids, List<String> droppedKids) {

}
