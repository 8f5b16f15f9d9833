-- Customer needs (客户需求) submitted to one or more departments in parallel (SPC-3/4), and
-- the specialist's service log per customer (SPC-5); together they form the customer's file.
create table customer_need (
    id                   uuid primary key,
    number               varchar(20)              not null unique,
    customer_crm_id      varchar(64)              not null,
    specialist_id        varchar(64)              not null,
    title                varchar(200)             not null,
    description          varchar(4000)            not null,
    prepared_information varchar(4000),
    status               varchar(16)              not null,
    consolidated_answer  varchar(8000),
    submitted_at         timestamp with time zone not null,
    answered_at          timestamp with time zone,
    version              bigint                   not null
);
create index customer_need_customer_idx on customer_need (customer_crm_id, submitted_at);

create table customer_need_part (
    need_id       uuid         not null references customer_need (id),
    position      int          not null,
    department_id varchar(32)  not null,
    head_staff_id varchar(64)  not null,
    policy        varchar(16),
    status        varchar(16)  not null,
    answer        varchar(4000),
    completed_by  varchar(64),
    completed_at  timestamp with time zone,
    primary key (need_id, position)
);

create table service_log_entry (
    id              uuid primary key,
    customer_crm_id varchar(64)              not null,
    staff_id        varchar(64)              not null,
    entry           varchar(4000)            not null,
    logged_at       timestamp with time zone not null
);
create index service_log_entry_customer_idx on service_log_entry (customer_crm_id, logged_at);
