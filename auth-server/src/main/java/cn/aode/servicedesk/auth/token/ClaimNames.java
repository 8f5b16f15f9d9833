package cn.aode.servicedesk.auth.token;

/** The names of the claims the service desk adds to access tokens (ADR 9). */
public final class ClaimNames {

	/** {@code STAFF}, {@code CUSTOMER} or {@code CLIENT}. */
	public static final String KIND = "kind";

	/** The kind of a client-credentials token. */
	public static final String KIND_CLIENT = "CLIENT";

	/** The OAuth client the token was issued to. */
	public static final String CLIENT_ID = "client_id";

	/** Staff: the specialist-service staff id. */
	public static final String STAFF_ID = "staff_id";

	/** Staff: the role names, a JSON array. */
	public static final String ROLES = "roles";

	/** Customers: the one CRM customer id they act for. */
	public static final String CRM_ID = "crm_id";

	/** Users: the display name. */
	public static final String NAME = "name";

	private ClaimNames() {
	}

}
