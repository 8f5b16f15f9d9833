-- Recorded return visits, fed by visit.recorded (VST-8): the satisfaction of the annual evaluation
-- (SPC-7). One row per visit plan, with the specialists the customer had when the visit took place,
-- resolved from the assignment history (SPC-6); a visit to a customer without a specialist has none
-- and counts for nobody.
create table visit_result (
    plan_id         uuid primary key,
    plan_number     varchar(20),
    customer_crm_id varchar(64),
    visited_at      timestamp with time zone not null,
    year            int                      not null,
    satisfaction    varchar(32)              not null,
    on_time         boolean                  not null,
    specialist_ids  varchar(64)[]            not null
);
create index visit_result_year_idx on visit_result (year);
