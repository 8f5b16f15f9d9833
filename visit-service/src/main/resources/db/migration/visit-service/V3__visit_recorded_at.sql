-- VST-8: when a visit was recorded, next to when it took place (visited_at). Plans recorded before it
-- was kept have none.
alter table visit_plan add column recorded_at timestamp with time zone;
-- GET /api/v1/visits?status=..., soonest due first
create index visit_plan_status_due_idx on visit_plan (status, due_by);
