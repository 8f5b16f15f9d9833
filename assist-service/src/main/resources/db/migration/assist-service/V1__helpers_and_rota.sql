-- AST-2: the helpers (帮办代办员) of the service center's help desk: full-time helpers and window helpers named
-- by the window staff.
create table helper (
    staff_id  varchar(64)              primary key,
    name      varchar(100)             not null,
    kind      varchar(20)              not null check (kind in ('FULL_TIME', 'WINDOW')),
    named_by  varchar(64)              not null,
    named_at  timestamp with time zone not null,
    version   bigint                   not null
);

-- AST-3, AST-4, AST-9: who is on duty at the help desk in which shift, who stands in for an absent helper and
-- why, when each checked in, and the off-duty study days of helpers who failed the monthly exam.
create table duty (
    id             uuid                     primary key,
    day            date                     not null,
    shift          varchar(20)              not null check (shift in ('MORNING', 'AFTERNOON')),
    staff_id       varchar(64)              not null references helper (staff_id),
    kind           varchar(20)              not null check (kind in ('ON_DUTY', 'STUDY')),
    status         varchar(20)              not null check (status in ('SCHEDULED', 'ABSENT', 'CHECKED_IN')),
    substitute_for uuid                     references duty (id),
    absence_reason varchar(20),
    absence_note   varchar(500),
    substituted_by varchar(64),
    checked_in_at  timestamp with time zone,
    late           boolean,
    assigned_by    varchar(64)              not null,
    assigned_at    timestamp with time zone not null,
    version        bigint                   not null,
    unique (day, shift, staff_id),
    check ((status = 'ABSENT') = (absence_reason is not null)),
    check ((status = 'CHECKED_IN') = (checked_in_at is not null and late is not null))
);
create index duty_day_idx on duty (day, shift);
