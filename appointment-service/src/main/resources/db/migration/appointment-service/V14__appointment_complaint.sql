-- APT-12: complaints about an appointment, raised in complaint-service (complaint.accepted naming the
-- appointment): the appointment shows each complaint's number. One row per complaint and appointment.
create table appointment_complaint (
    appointment_id   uuid                     not null references appointment_request (id),
    complaint_id     uuid                     not null,
    complaint_number varchar(32)              not null,
    accepted_at      timestamp with time zone not null,
    primary key (appointment_id, complaint_id)
);
