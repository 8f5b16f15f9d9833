-- Deadline clocks. The partial indexes hold only the rows a scan can pick, so a scan's cost
-- does not grow with clocks that are not due (or already done).
create table deadline_clock (
    id                     uuid primary key,
    subject_service        varchar(64)              not null,
    subject_case_id        varchar(64)              not null,
    subject_case_number    varchar(32),
    purpose                varchar(64)              not null,
    title                  varchar(500)             not null,
    source                 varchar(32)              not null,
    policy                 varchar(16)              not null,
    starts_at              timestamp with time zone not null,
    responsible_staff_id   varchar(64)              not null,
    department             varchar(100)             not null,
    written_reply_required boolean                  not null,
    request_event_id       uuid unique,
    status                 varchar(16)              not null,
    due_at                 timestamp with time zone not null,
    warn_at                timestamp with time zone not null,
    warned                 boolean                  not null,
    paused_at              timestamp with time zone,
    pause_reason           varchar(500),
    paused_minutes         bigint                   not null,
    extended_due_at        timestamp with time zone,
    extension_reason       varchar(500),
    extension_approved_by  varchar(64),
    progress_reported      boolean                  not null,
    satisfied_at           timestamp with time zone,
    result_told            boolean,
    breached_at            timestamp with time zone,
    escalation_level       varchar(32),
    next_escalation_at     timestamp with time zone,
    version                bigint                   not null
);
create index deadline_clock_to_warn_idx on deadline_clock (warn_at) where status = 'RUNNING' and not warned;
create index deadline_clock_to_breach_idx on deadline_clock (due_at) where status = 'RUNNING';
create index deadline_clock_to_escalate_idx on deadline_clock (next_escalation_at) where status = 'BREACHED';
create index deadline_clock_department_idx on deadline_clock (department, status);
create index deadline_clock_staff_idx on deadline_clock (responsible_staff_id, status);
create index deadline_clock_subject_idx on deadline_clock (subject_service, subject_case_id);

create table deadline_progress_report (
    id          bigserial primary key,
    clock_id    uuid                     not null references deadline_clock (id),
    reported_at timestamp with time zone not null,
    reported_by varchar(64)              not null,
    progress    varchar(2000)            not null,
    reason      varchar(2000)            not null
);
create index deadline_progress_report_clock_idx on deadline_progress_report (clock_id);

create table deadline_violation (
    id          bigserial primary key,
    clock_id    uuid                     not null references deadline_clock (id),
    staff_id    varchar(64)              not null,
    kind        varchar(32)              not null,
    consequence varchar(32)              not null,
    recorded_at timestamp with time zone not null,
    year        int                      not null
);
create index deadline_violation_staff_year_idx on deadline_violation (staff_id, year);
