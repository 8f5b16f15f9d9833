-- Who may log in. A STAFF account names the specialist-service staff id it acts as; a CUSTOMER
-- account names exactly one CRM customer id. Passwords are stored as Spring Security's
-- delegating-encoder hashes ("{bcrypt}..."), so the algorithm can change without a migration.
CREATE TABLE account (
    username varchar(100) PRIMARY KEY,
    password_hash varchar(500) NOT NULL,
    kind varchar(20) NOT NULL CHECK (kind IN ('STAFF', 'CUSTOMER')),
    staff_id varchar(64),
    crm_id varchar(64),
    display_name varchar(200) NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    -- consecutive failed logins since the last success or lock; see LoginThrottle
    failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until timestamptz,
    CONSTRAINT account_identity CHECK (
        (kind = 'STAFF' AND staff_id IS NOT NULL AND crm_id IS NULL)
        OR (kind = 'CUSTOMER' AND crm_id IS NOT NULL AND staff_id IS NULL)),
    -- the target of account_role's foreign key, which carries the kind to keep roles staff-only
    CONSTRAINT account_username_kind UNIQUE (username, kind)
);

CREATE UNIQUE INDEX account_staff_id ON account (staff_id) WHERE staff_id IS NOT NULL;

-- Roles belong to staff only: the kind column can only hold STAFF and must match the account's kind.
CREATE TABLE account_role (
    username varchar(100) NOT NULL,
    kind varchar(20) NOT NULL DEFAULT 'STAFF' CHECK (kind = 'STAFF'),
    role varchar(40) NOT NULL CHECK (role IN ('GENERAL_MANAGER', 'PRINCIPAL_LEADER', 'DEPARTMENT_HEAD',
        'SPECIALIST', 'SERVICE_CENTER_CLERK', 'OFFICE_HANDLER', 'HELPER', 'SUPERVISOR', 'CUSTODIAN')),
    PRIMARY KEY (username, role),
    FOREIGN KEY (username, kind) REFERENCES account (username, kind) ON DELETE CASCADE
);
