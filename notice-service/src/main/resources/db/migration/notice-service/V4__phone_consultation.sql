-- NTC-5: the hall's phone consultation log (电话咨询记录簿): who called about which matter, the catalogue version whose
-- complete answer was told, who answered and when.
create table phone_consultation (
    id                uuid primary key,
    number            varchar(20)              not null unique,
    caller_name       varchar(100)             not null,
    caller_phone      varchar(20)              not null,
    matter_version_id uuid                     not null references matter_version (id),
    question          varchar(1000),
    notes             varchar(2000),
    called_at         timestamp with time zone not null,
    staff_id          varchar(64)              not null,
    recorded_at       timestamp with time zone not null,
    version           bigint                   not null
);
create index phone_consultation_called_idx on phone_consultation (called_at);
create index phone_consultation_staff_idx on phone_consultation (staff_id, called_at);
