-- Customers as a projection of the company CRM (the system of record), and their
-- dedicated specialists (服务专员) with the history of every assignment (SPC-1, SPC-6).
create table customer (
    crm_id                    varchar(64) primary key,
    kind                      varchar(16)              not null,
    name                      varchar(100)             not null,
    phone                     varchar(20)              not null,
    id_number                 varchar(18),
    address                   varchar(300),
    special_care              boolean                  not null,
    preferred_contact_windows varchar(200),
    gas_connected_on          date,
    project_accepted_on       date,
    has_gas_need              boolean                  not null,
    updated_at                timestamp with time zone not null,
    version                   bigint                   not null
);
create index customer_kind_idx on customer (kind, crm_id);
-- the SPC-1 coverage report only looks at customers with a need
create index customer_gas_need_idx on customer (crm_id) where has_gas_need;

create table specialist_assignment (
    id              uuid primary key,
    customer_crm_id varchar(64)              not null references customer (crm_id),
    staff_id        varchar(64)              not null,
    assigned_at     timestamp with time zone not null,
    assigned_by     varchar(64)              not null,
    reason          varchar(500),
    ended_at        timestamp with time zone,
    ended_by        varchar(64),
    end_reason      varchar(500),
    version         bigint                   not null
);
-- SPC-6: a staff member is an active specialist of a customer at most once
create unique index specialist_assignment_active_uq on specialist_assignment (customer_crm_id, staff_id)
    where ended_at is null;
create index specialist_assignment_customer_idx on specialist_assignment (customer_crm_id, assigned_at);
create index specialist_assignment_active_staff_idx on specialist_assignment (staff_id) where ended_at is null;
