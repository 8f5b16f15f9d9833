-- DL-1, NTC-4: an application's handling is completed (办结) with its result; that stops its clock.
alter table application add column completion_at timestamp with time zone;
alter table application add column completion_by varchar(64);
alter table application add column completion_result varchar(2000);
alter table application add column completion_result_told boolean;
