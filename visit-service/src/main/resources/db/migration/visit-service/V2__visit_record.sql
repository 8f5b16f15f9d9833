-- VST-8: a plan's visit is recorded once (《客户回访记录表》): when and by whom, the customer's
-- satisfaction and opinion of the handling and its result (VST-4), a summary, and whether the visit
-- took place within the planned time (by due_by). Plans made before records existed are planned.
alter table visit_plan add column status varchar(16) not null default 'PLANNED';
alter table visit_plan add column visited_at timestamp with time zone;
alter table visit_plan add column visitor_staff_id varchar(64);
alter table visit_plan add column satisfaction varchar(32);
alter table visit_plan add column customer_opinion varchar(4000);
alter table visit_plan add column summary varchar(4000);
alter table visit_plan add column on_time boolean;
alter table visit_plan add constraint visit_plan_record_ck
    check (status = 'PLANNED' or (visited_at is not null and visitor_staff_id is not null
                                  and satisfaction is not null and on_time is not null));
