-- Completed deadlines per staff member, fed by deadline.completed: the measured on-time rate of
-- the annual evaluation (SPC-7).
create table staff_deadline_result (
    clock_id     uuid primary key,
    staff_id     varchar(64)              not null,
    completed_at timestamp with time zone not null,
    year         int                      not null,
    on_time      boolean                  not null
);
create index staff_deadline_result_year_idx on staff_deadline_result (year, staff_id);
