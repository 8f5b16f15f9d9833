-- AST-1, AST-5, AST-6: the help desk's cases: consultations (what was told: procedure, materials, time limit) and
-- assistance with a pre-check of the applicant's materials in notice-service; a pre-check notice-service could not
-- answer is kept with its request, to be retried.
create table desk_case (
    id                 uuid                     primary key,
    number             varchar(40)              not null unique,
    kind               varchar(20)              not null check (kind in ('CONSULTATION', 'ASSISTANCE')),
    status             varchar(20)              not null,
    applicant_name     varchar(100)             not null,
    applicant_phone    varchar(20)              not null,
    customer_id        varchar(64),
    matter_code        varchar(40)              not null,
    matter_name        varchar(200),
    question           varchar(2000),
    told               varchar(8000),
    application_id     varchar(64),
    application_number varchar(40),
    missing            varchar(8000),
    precheck_request   varchar(8000),
    idempotency_key    varchar(64),
    handled_by         varchar(64)              not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint                   not null
);
create index desk_case_created_idx on desk_case (created_at);

-- AST-1: the "could-not-get-it-done" window (办不成事反映窗口): each case is escalated to the center's head at once
-- and tracked to its resolution on a deadline clock.
create table unresolved_case (
    id              uuid                     primary key,
    number          varchar(40)              not null unique,
    applicant_name  varchar(100)             not null,
    applicant_phone varchar(20)              not null,
    customer_id     varchar(64),
    matter          varchar(200)             not null,
    account         varchar(4000)            not null,
    cause           varchar(30)              not null,
    escalated_to    varchar(64)              not null,
    received_by     varchar(64)              not null,
    received_at     timestamp with time zone not null,
    resolution      varchar(4000),
    resolved_by     varchar(64),
    resolved_at     timestamp with time zone,
    version         bigint                   not null,
    check ((resolution is null) = (resolved_at is null))
);
create index unresolved_case_received_idx on unresolved_case (received_at);
