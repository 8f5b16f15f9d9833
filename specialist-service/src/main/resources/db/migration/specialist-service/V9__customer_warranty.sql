-- VST-2: the last day of an accepted project's warranty (质保期), as the CRM keeps it per project; visit-service
-- schedules the after-sales visits up to it.
alter table customer add column warranty_ends_on date;
