-- VST-11: the supervisor's review of a visit record: pending once recorded, then reviewed or returned
-- for rework, by whom, with what guidance and when. Records made before reviews existed are pending.
alter table visit_plan add column review_state varchar(24);
alter table visit_plan add column review_by varchar(64);
alter table visit_plan add column review_guidance varchar(4000);
alter table visit_plan add column review_at timestamp with time zone;
update visit_plan set review_state = 'PENDING' where status = 'VISITED';
create index visit_plan_review_state_idx on visit_plan (review_state);
-- the visits a report counts: recorded ones by when they took place
create index visit_plan_visited_at_idx on visit_plan (visited_at) where status = 'VISITED';

-- VST-10: 《客户回访报告表》, summarising and evaluating the visits of a period (optionally of one visitor and one
-- kind); its figures are counted from the records when it is written and kept as written. VST-11: its review.
create table visit_report (
    id                   uuid primary key,
    number               varchar(20)              not null unique,
    period_from          date                     not null,
    period_to            date                     not null,
    visitor_staff_id     varchar(64),
    kind                 varchar(20),
    visits               bigint                   not null,
    very_satisfied       bigint                   not null,
    satisfied            bigint                   not null,
    basically_satisfied  bigint                   not null,
    dissatisfied         bigint                   not null,
    very_dissatisfied    bigint                   not null,
    overdue              bigint                   not null,
    summary              varchar(4000)            not null,
    evaluation           varchar(4000)            not null,
    author_staff_id      varchar(64)              not null,
    written_at           timestamp with time zone not null,
    review_state         varchar(24)              not null,
    review_by            varchar(64),
    review_guidance      varchar(4000),
    review_at            timestamp with time zone,
    version              bigint                   not null,
    constraint visit_report_period_ck check (period_from <= period_to)
);
create index visit_report_review_state_idx on visit_report (review_state, written_at);
