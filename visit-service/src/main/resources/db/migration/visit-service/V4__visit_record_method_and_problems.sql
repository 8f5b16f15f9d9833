-- VST-8: how a visit was made (PHONE, ON_SITE, WECHAT) and the problems found on it
-- (《客户回访记录表》). Records made before they were kept have neither.
alter table visit_plan add column method varchar(16);
alter table visit_plan add column problems_found varchar(4000);
