-- NTC-2, NTC-3, NTC-4, NTC-7: a customer's application for a matter (办件), every trip they made for it with what the
-- pre-check found, the one-time notices (一次性告知单) issued, and the one-time duty failures found on later trips.
create table application (
    id                 uuid primary key,
    number             varchar(20)              not null unique,
    matter_code        varchar(40)              not null,
    applicant_name     varchar(100)             not null,
    applicant_phone    varchar(20)              not null,
    applicant_customer_id varchar(64),
    status             varchar(20)              not null,
    opened_at          timestamp with time zone not null,
    opened_by          varchar(64)              not null,
    handling_started_at timestamp with time zone,
    handling_started_by varchar(64),
    handling_matter_version integer,
    handling_time_limit varchar(16),
    reported_left_out  varchar(40)[]            not null default '{}',
    version            bigint                   not null
);
create index application_status_idx on application (status, opened_at);

create table application_trip (
    application_id     uuid                     not null references application (id),
    position           integer                  not null,
    at                 timestamp with time zone not null,
    checked_by         varchar(64)              not null,
    matter_version_id  uuid                     not null references matter_version (id),
    applicable         varchar(40)[]            not null,
    accepted           varchar(40)[]            not null,
    missing            varchar(40)[]            not null,
    notice_id          uuid,
    notice_number      varchar(20),
    primary key (application_id, position)
);

create table application_violation (
    application_id     uuid                     not null references application (id),
    position           integer                  not null,
    at                 timestamp with time zone not null,
    staff_id           varchar(64)              not null,
    first_notice_number varchar(20)             not null,
    notice_number      varchar(20)              not null,
    trip               integer                  not null,
    left_out           varchar(200)[]           not null,
    primary key (application_id, position)
);

create table one_time_notice (
    id                 uuid primary key,
    number             varchar(20)              not null unique,
    application_id     uuid                     not null references application (id),
    application_number varchar(20)              not null,
    applicant_name     varchar(100)             not null,
    applicant_phone    varchar(20)              not null,
    applicant_customer_id varchar(64),
    matter_version_id  uuid                     not null references matter_version (id),
    trip               integer                  not null,
    form               varchar(10)              not null,
    issued_by          varchar(64)              not null,
    issued_at          timestamp with time zone not null,
    written_by         varchar(64),
    written_at         timestamp with time zone,
    version            bigint                   not null
);
create index one_time_notice_application_idx on one_time_notice (application_id, trip);
create index one_time_notice_issued_idx on one_time_notice (issued_by, issued_at);

create table notice_item (
    one_time_notice_id uuid         not null references one_time_notice (id),
    position           integer      not null,
    material_code      varchar(40)  not null,
    name               varchar(200) not null,
    copies             integer      not null,
    form               varchar(20)  not null,
    applies_when       varchar(200),
    notes              varchar(500),
    how_to_obtain      varchar(500) not null,
    problem            varchar(500),
    cause              varchar(20),
    primary key (one_time_notice_id, position)
);
