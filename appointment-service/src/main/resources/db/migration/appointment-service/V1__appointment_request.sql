-- Appointment requests (预约申请) and their answers (APT-1..7).
create table appointment_request (
    id                  uuid primary key,
    number              varchar(20)              not null unique,
    kind                varchar(20)              not null,
    reason              varchar(40)              not null,
    reason_detail       varchar(500),
    applicant_type      varchar(20)              not null,
    applicant_name      varchar(100)             not null,
    applicant_phone     varchar(20)              not null,
    customer_id         varchar(64),
    special_care        boolean                  not null,
    channel             varchar(20)              not null,
    matter              varchar(2000)            not null,
    address             varchar(300),
    preferred_time      timestamp with time zone,
    received_at         timestamp with time zone not null,
    received_by         varchar(64)              not null,
    department          varchar(100)             not null,
    status              varchar(20)              not null,
    agreed_time         timestamp with time zone,
    place               varchar(300),
    staff_id            varchar(64),
    refusal_reason      varchar(1000),
    refusal_approved_by varchar(64),
    answer_note         varchar(1000),
    answered_by         varchar(64),
    answered_at         timestamp with time zone,
    version             bigint                   not null
);
-- the service center's queue: waiting requests, special care first, oldest first (APT-3, APT-5)
create index appointment_request_queue_idx on appointment_request (status, special_care desc, received_at);
