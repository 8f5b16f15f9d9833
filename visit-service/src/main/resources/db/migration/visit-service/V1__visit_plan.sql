create table visit_plan (
    id                 uuid primary key,
    number             varchar(20)              not null unique,
    kind               varchar(20)              not null,
    source_case_id     varchar(64),
    source_case_number varchar(32),
    customer_id        varchar(64),
    customer_name      varchar(100),
    customer_phone     varchar(20),
    content            varchar(4000)            not null,
    purpose            varchar(1000)            not null,
    due_by             date                     not null,
    planned_at         timestamp with time zone not null,
    version            bigint                   not null
);
create index visit_plan_source_idx on visit_plan (source_case_id);
create index visit_plan_kind_due_idx on visit_plan (kind, due_by);
