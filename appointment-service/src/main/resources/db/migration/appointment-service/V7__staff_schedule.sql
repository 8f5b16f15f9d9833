-- APT-6: an accepted appointment holds a time span for its staff member (a hall appointment its
-- length, a home visit its length with travel before and after), and the database never lets
-- two spans of one staff member overlap. Only accepted appointments hold their span: a
-- cancelled one keeps it for its history but frees it. Appointments accepted before this
-- migration hold none (their length was never decided).
create extension if not exists btree_gist;

alter table appointment_request add column span_start timestamp with time zone;
alter table appointment_request add column span_end timestamp with time zone;
alter table appointment_request add column span tstzrange
    generated always as (tstzrange(span_start, span_end, '[)')) stored;
alter table appointment_request add constraint appointment_request_span_ck
    check ((span_start is null) = (span_end is null) and (span_start is null or span_start < span_end));
alter table appointment_request add constraint appointment_request_staff_not_double_booked
    exclude using gist (staff_id with =, span with &&) where (status = 'ACCEPTED' and span is not null);

-- APT-6: a temporary assignment (临时调配) of another staff member than the customer's
-- specialist says why.
alter table appointment_request add column substitute_reason varchar(500);

-- The history of an appointment: accepted, rescheduled, cancelled, who did it, when and why.
create table appointment_change (
    appointment_request_id uuid                     not null references appointment_request (id),
    position               int                      not null,
    kind                   varchar(20)              not null,
    changed_by             varchar(80)              not null,
    changed_at             timestamp with time zone not null,
    reason                 varchar(1000),
    agreed_time            timestamp with time zone not null,
    staff_id               varchar(64)              not null,
    primary key (appointment_request_id, position)
);

-- the hall's slots are counted by agreed time (capacity per slot)
create index appointment_request_hall_slot_idx on appointment_request (agreed_time)
    where status = 'ACCEPTED' and kind = 'HALL';
