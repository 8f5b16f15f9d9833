-- Departments (SPC-2), their staff, and every staff member's record of penalties and
-- commendations from all policy areas (X-2).
create table department (
    id            varchar(32) primary key,
    name          varchar(100) not null,
    head_staff_id varchar(64),
    version       bigint       not null
);

create table staff (
    id            varchar(64) primary key,
    name          varchar(100) not null,
    department_id varchar(32)  not null references department (id),
    roles         varchar(200) not null,
    phone         varchar(20),
    version       bigint       not null
);
create index staff_department_idx on staff (department_id);

create table staff_record_entry (
    id              uuid primary key,
    staff_id        varchar(64)              not null,
    kind            varchar(16)              not null,
    rule            varchar(16),
    consequence     varchar(32),
    source          varchar(32)              not null,
    detail          varchar(2000)            not null,
    case_ref        varchar(200),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(64)              not null,
    source_event_id uuid unique
);
create index staff_record_entry_staff_idx on staff_record_entry (staff_id, recorded_at);
