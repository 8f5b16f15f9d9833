-- When a request was entered, beside when it arrived (X-1: late registrations stay visible).
alter table appointment_request add column registered_at timestamp with time zone;
update appointment_request set registered_at = received_at;
alter table appointment_request alter column registered_at set not null;
