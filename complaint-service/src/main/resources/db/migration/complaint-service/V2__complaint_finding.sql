-- What handling found (CMP-5, CMP-6) and, for a staff attitude or skill problem, who was at fault.
-- Complaints handled before findings were recorded have none.
alter table complaint add column finding varchar(32);
alter table complaint add column staff_at_fault varchar(64);
alter table complaint add constraint complaint_staff_at_fault_ck
    check (staff_at_fault is null or finding = 'STAFF_AT_FAULT');
