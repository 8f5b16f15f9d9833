-- VST-1, VST-5: who planned a visit (null for plans from events and follow-ups) and the time proposed
-- for it. VST-9: the plan a follow-up visit follows up; one follow-up per plan, whatever retries do.
alter table visit_plan add column planned_by varchar(64);
alter table visit_plan add column scheduled_for timestamp with time zone;
alter table visit_plan add column follow_up_of uuid references visit_plan (id);
create unique index visit_plan_follow_up_of_uq on visit_plan (follow_up_of);
