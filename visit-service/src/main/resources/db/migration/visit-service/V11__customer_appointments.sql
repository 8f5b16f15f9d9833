-- VST-7: the customer's appointments, for the visitor's service history (appointment.accepted, .completed,
-- .cancelled, .given-up; the latest kept, in whatever order they arrive).
create table customer_appointment (
    appointment_id uuid                     primary key,
    crm_id         varchar(64)              not null,
    number         varchar(40)              not null,
    kind           varchar(20),
    matter         varchar(500),
    agreed_time    timestamp with time zone,
    staff_id       varchar(64),
    status         varchar(20)              not null,
    result         varchar(4000),
    updated_at     timestamp with time zone not null
);
create index customer_appointment_crm_idx on customer_appointment (crm_id);
