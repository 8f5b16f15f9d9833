-- AST-7: a customer's voluntary authorisation (委托书) for the help desk to handle the approvals of the external
-- gas line works: which permits, how long, the signed paper's reference.
create table authorisation (
    id            uuid                     primary key,
    number        varchar(40)              not null unique,
    customer_id   varchar(64)              not null,
    customer_name varchar(100)             not null,
    permits       varchar(200)             not null,
    valid_from    date                     not null,
    valid_until   date                     not null,
    signature_ref varchar(200)             not null,
    recorded_by   varchar(64)              not null,
    recorded_at   timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    version       bigint                   not null,
    check (valid_until >= valid_from)
);
create index authorisation_customer_idx on authorisation (customer_id);

-- AST-7: one permit errand (代办事项) under an authorisation: the authority, documents, dates and status; its
-- deadline clock is paused while the authority decides.
create table errand (
    id               uuid                     primary key,
    number           varchar(40)              not null unique,
    authorisation_id uuid                     not null references authorisation (id),
    customer_id      varchar(64)              not null,
    permit           varchar(40)              not null,
    authority        varchar(200)             not null,
    documents        varchar(2000)            not null,
    status           varchar(20)              not null,
    submitted_on     date,
    decided_on       date,
    decision_note    varchar(1000),
    closed_at        timestamp with time zone,
    handled_by       varchar(64)              not null,
    created_at       timestamp with time zone not null,
    version          bigint                   not null
);
create index errand_customer_idx on errand (customer_id);
