package cn.aode.servicedesk.auth.key;

/** Whether a key signs new tokens (ACTIVE) or only verifies earlier ones (RETIRED). */
public enum SigningKeyState {

	ACTIVE, RETIRED

}
