-- APT-8: how an appointment ended: done on the spot, or not, and then a written completion
-- statement (办结情况说明) is due and its delivery recorded.
alter table appointment_request add column completion_at timestamp with time zone;
alter table appointment_request add column completion_by varchar(64);
alter table appointment_request add column completion_finished_on_site boolean;
alter table appointment_request add column completion_result varchar(2000);
alter table appointment_request add column completion_outstanding varchar(2000);
alter table appointment_request add column completion_applicant_confirmed boolean;
alter table appointment_request add column completion_applicant_opinion varchar(1000);
alter table appointment_request add column statement_delivered_at timestamp with time zone;
alter table appointment_request add column statement_summary varchar(2000);
alter table appointment_request add column statement_delivered_to varchar(100);
alter table appointment_request add column statement_delivered_by varchar(64);
alter table appointment_request add constraint appointment_request_completion_ck
    check ((completion_at is null) = (status <> 'COMPLETED')
           and (statement_delivered_at is null or completion_finished_on_site = false));

-- A completed appointment took place in its span: it keeps holding it, as an accepted one does
-- (APT-6), so that the staff member's day shows it and nobody is booked into what is left of it.
alter table appointment_request drop constraint appointment_request_staff_not_double_booked;
alter table appointment_request add constraint appointment_request_staff_not_double_booked
    exclude using gist (staff_id with =, span with &&)
    where (status in ('ACCEPTED', 'COMPLETED') and span is not null);
drop index appointment_request_hall_slot_idx;
create index appointment_request_hall_slot_idx on appointment_request (agreed_time)
    where status in ('ACCEPTED', 'COMPLETED') and kind = 'HALL';
