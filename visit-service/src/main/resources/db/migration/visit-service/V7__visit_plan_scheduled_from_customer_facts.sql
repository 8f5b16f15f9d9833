-- VST-2, VST-3: a visit scheduled from a customer's fact keeps the fact's date (gas connected, project accepted)
-- and its slot in the schedule (0 the first); one plan per kind, customer, fact date and slot, however often the
-- CRM re-sends the customer. Other plans have neither.
alter table visit_plan add column triggered_on date;
alter table visit_plan add column schedule_slot integer;
create unique index visit_plan_scheduled_uq on visit_plan (kind, customer_id, triggered_on, schedule_slot)
    where triggered_on is not null;
-- a still planned visit whose fact changed to a new date is cancelled; it has no record
alter table visit_plan drop constraint visit_plan_record_ck;
alter table visit_plan add constraint visit_plan_record_ck
    check (status in ('PLANNED', 'CANCELLED') or (visited_at is not null and visitor_staff_id is not null
                                                  and satisfaction is not null and on_time is not null));
