-- NTC-7: a check made while the application is handled (materials found missing without the customer there) is kept
-- beside the customer's trips, but is not one of them.
alter table application_trip add column in_handling boolean not null default false;
