-- APT-12: the appointment a complaint is about, as the complainant or the receiving staff member
-- named it (appointment-service owns appointments; nothing here refers to its database).
alter table complaint
    add column appointment_id uuid,
    add column appointment_number varchar(32);
