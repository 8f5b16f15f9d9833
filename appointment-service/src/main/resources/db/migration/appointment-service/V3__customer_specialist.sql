-- Customers' active specialists, from specialist-service's events (APT-6 default staff).
create table customer_specialist (
    crm_id      varchar(64)              not null,
    staff_id    varchar(64)              not null,
    assigned_at timestamp with time zone not null,
    primary key (crm_id, staff_id)
);

-- A staff member other than the customer's specialist serving an accepted request stands in
-- temporarily (APT-6: a schedule conflict).
alter table appointment_request add column substitute boolean;
