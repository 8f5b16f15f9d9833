-- The RSA keys that sign access and ID tokens. The newest ACTIVE key signs; RETIRED keys are still
-- published at /oauth2/jwks until retired_at plus the grace period, so tokens they signed keep
-- verifying, and are then deleted by the next rotation.
--
-- Why the private key sits in the database: every auth-server instance must sign with the same
-- key and pick up a rotation at once, and the database is the one store they already share.
-- The key is stored unencrypted (base64 PKCS#8), readable by anyone who can read this table or its
-- backups. Production should encrypt private_key (envelope encryption with a key held outside the
-- database) or keep the keys in a KMS/HSM that signs on our behalf; the public half may stay plain.
CREATE TABLE signing_key (
    kid varchar(64) PRIMARY KEY,
    -- X.509 SubjectPublicKeyInfo, base64
    public_key text NOT NULL,
    -- PKCS#8, base64 (see above)
    private_key text NOT NULL,
    created_at timestamptz NOT NULL,
    state varchar(10) NOT NULL CHECK (state IN ('ACTIVE', 'RETIRED')),
    retired_at timestamptz,
    CONSTRAINT signing_key_retired CHECK ((state = 'RETIRED') = (retired_at IS NOT NULL))
);

CREATE INDEX signing_key_state ON signing_key (state, created_at);
