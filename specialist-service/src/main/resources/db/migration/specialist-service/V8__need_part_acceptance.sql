-- X-1: who took a department's part of a need on, and when (SPC-4).
alter table customer_need_part add column accepted_by varchar(64);
alter table customer_need_part add column accepted_at timestamp with time zone;
