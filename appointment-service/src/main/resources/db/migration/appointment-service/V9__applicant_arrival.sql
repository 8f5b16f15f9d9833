-- APT-10: the applicant checks in (recorded by staff); one not checked in more than 30 minutes
-- after the agreed time has given up the appointment (status GAVE_UP), which frees the staff
-- member's span: the exclusion constraint holds only accepted appointments.
alter table appointment_request add column applicant_arrival_at timestamp with time zone;
alter table appointment_request add column applicant_arrival_recorded_by varchar(64);
alter table appointment_request add constraint appointment_request_applicant_arrival_ck
    check ((applicant_arrival_at is null) = (applicant_arrival_recorded_by is null));

-- the no-show scan: accepted appointments whose applicant has not come, by agreed time
create index appointment_request_no_show_idx on appointment_request (agreed_time)
    where status = 'ACCEPTED' and applicant_arrival_at is null;
