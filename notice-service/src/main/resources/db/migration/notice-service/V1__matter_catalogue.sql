-- NTC-1: the matter catalogue (事项目录). Each change of a matter type is a new version; versions are never
-- rewritten, so a notice keeps pointing at what it told the customer. One version per matter is current.
create table matter_version (
    id              uuid primary key,
    code            varchar(40)              not null,
    version         integer                  not null,
    name            varchar(100)             not null,
    department      varchar(100)             not null,
    basis           varchar(500)[]           not null,
    time_limit      varchar(16)              not null,
    procedure_steps varchar(500)[]           not null,
    rectifications  varchar(500)[]           not null,
    not_handled     varchar(500)[]           not null,
    published_at    timestamp with time zone not null,
    published_by    varchar(64)              not null,
    change_note     varchar(500),
    current         boolean                  not null,
    constraint matter_version_uq unique (code, version)
);
create unique index matter_version_current_uq on matter_version (code) where current;

create table matter_material (
    matter_version_id uuid         not null references matter_version (id),
    position          integer      not null,
    code              varchar(40)  not null,
    name              varchar(200) not null,
    copies            integer      not null,
    form              varchar(20)  not null,
    applies_when      varchar(200),
    notes             varchar(500),
    how_to_obtain     varchar(500) not null,
    primary key (matter_version_id, position),
    constraint matter_material_code_uq unique (matter_version_id, code)
);
