-- APT-8, APT-9: the serving staff member checks in. A home visit is on time at or before the
-- agreed time; a hall appointment at least 10 minutes before it with forms and seals ready.
alter table appointment_request add column staff_arrival_at timestamp with time zone;
alter table appointment_request add column staff_arrival_late boolean;
alter table appointment_request add column staff_arrival_forms_ready boolean;
alter table appointment_request add column staff_arrival_seals_ready boolean;
alter table appointment_request add constraint appointment_request_staff_arrival_ck
    check ((staff_arrival_at is null) = (staff_arrival_late is null));
