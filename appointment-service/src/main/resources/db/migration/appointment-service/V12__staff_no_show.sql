-- APT-13: a staff member who never checked in by the end of the span an appointment held counts
-- against them; when that was found, once per appointment.
alter table appointment_request add column staff_no_show_at timestamp with time zone;
