-- Reminders of accepted appointments (appointment.reminder-due), one per appointment, lead time
-- and agreed time: the primary key makes sure each is sent once, however many instances scan.
create table appointment_reminder (
    appointment_id uuid                     not null references appointment_request (id),
    lead           varchar(20)              not null,
    agreed_time    timestamp with time zone not null,
    sent_at        timestamp with time zone not null,
    primary key (appointment_id, lead, agreed_time)
);
