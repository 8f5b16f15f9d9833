-- VST-12: a reviewed record filed into the archive by its custodian, classified by kind, customer and the quarter
-- the visit took place in (e.g. 2026-Q4); filed once.
alter table visit_plan add column filed_at timestamp with time zone;
alter table visit_plan add column filed_by varchar(64);
alter table visit_plan add column filed_period varchar(7);
alter table visit_plan add constraint visit_plan_filed_ck
    check ((filed_at is null and filed_by is null and filed_period is null)
        or (filed_at is not null and filed_by is not null and filed_period is not null and status = 'VISITED'));
create index visit_plan_archive_idx on visit_plan (filed_period, kind, customer_id) where filed_at is not null;
