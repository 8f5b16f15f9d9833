-- The business calendar: which years are announced, the official days that differ from the
-- ordinary week, and an audit row for every change (X-1).
create table calendar_year (
    year        int primary key,
    announced   boolean                  not null,
    source      varchar(1000),
    recorded_at timestamp with time zone not null
);

create table calendar_day (
    day     date primary key,
    off_day boolean      not null,
    name    varchar(100) not null
);

create table calendar_change (
    id           bigserial primary key,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(64)              not null,
    reason       varchar(1000)            not null,
    kind         varchar(20)              not null,
    year         int                      not null,
    day          date,
    before_kind  varchar(20),
    after_kind   varchar(20),
    clocks_moved int                      not null default 0
);
create index calendar_change_year_idx on calendar_change (year, changed_at);
