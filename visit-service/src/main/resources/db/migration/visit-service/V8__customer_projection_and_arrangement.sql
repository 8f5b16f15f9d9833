-- VST-6, VST-7: what visit-service knows of each customer, from specialist-service's customer.upserted: the
-- basic data and contact windows a visitor prepares with; kept only if newer than what is known.
create table customer_profile (
    crm_id                    varchar(64)              primary key,
    kind                      varchar(20),
    name                      varchar(200),
    phone                     varchar(50),
    address                   varchar(500),
    special_care              boolean                  not null default false,
    preferred_contact_windows varchar(500),
    gas_connected_on          date,
    project_accepted_on       date,
    updated_at                timestamp with time zone not null
);

-- VST-5: the customer's specialists, the default visitor (specialist.assigned / specialist.assignment-ended);
-- an end is kept so that an assignment arriving after its end cannot bring it back.
create table customer_specialist (
    crm_id      varchar(64)              not null,
    staff_id    varchar(64)              not null,
    assigned_at timestamp with time zone not null,
    ended_at    timestamp with time zone,
    primary key (crm_id, staff_id)
);

-- VST-7: the customer's complaints, for the visitor's service history (complaint.accepted / complaint.resolved,
-- in either order).
create table customer_complaint (
    complaint_id uuid                     primary key,
    crm_id       varchar(64)              not null,
    number       varchar(40)              not null,
    accepted_at  timestamp with time zone,
    channel      varchar(40),
    summary      varchar(4000),
    resolved_at  timestamp with time zone,
    resolution   varchar(4000),
    finding      varchar(40)
);
create index customer_complaint_crm_idx on customer_complaint (crm_id);

-- VST-5, VST-6: who is to visit and whether the proposed time rests on an estimated calendar or on windows that
-- could not be read.
alter table visit_plan add column visitor varchar(64);
alter table visit_plan add column calendar_estimated boolean not null default false;
alter table visit_plan add column windows_understood boolean not null default false;
