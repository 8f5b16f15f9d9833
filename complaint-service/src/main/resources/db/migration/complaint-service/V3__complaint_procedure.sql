-- The whole CMP-3 procedure as its own steps: intake details (CMP-2), major complaints (CMP-4),
-- handling with investigation (CMP-1), apology (CMP-5), explanation (CMP-6), feedback, the revisit's
-- result, archive or reopen, protective measures (CMP-8). Complaints resolved in one step before
-- this were handled and fed back at once: they become FED_BACK with that feedback.
alter table complaint
    add column received_by varchar(64),
    add column receiving_department varchar(100),
    add column category varchar(32) not null default 'OTHER',
    add column subject varchar(500),
    add column major_reason varchar(1000),
    add column major_flagged_by varchar(64),
    add column major_flagged_at timestamp with time zone,
    add column major_acknowledged_by varchar(64),
    add column major_acknowledged_at timestamp with time zone,
    add column investigation varchar(4000),
    add column apology_supervisor_id varchar(64),
    add column apology_how varchar(1000),
    add column apology_apologised_at timestamp with time zone,
    add column apology_recorded_by varchar(64),
    add column explanation_text varchar(4000),
    add column explanation_given_by varchar(64),
    add column explanation_given_at timestamp with time zone,
    add column feedback_channel varchar(20),
    add column feedback_content varchar(4000),
    add column feedback_given_by varchar(64),
    add column feedback_given_at timestamp with time zone,
    add column revisit_satisfaction varchar(32),
    add column revisit_opinion varchar(4000),
    add column revisit_visited_at timestamp with time zone,
    add column revisit_visit_plan_number varchar(32),
    add column protection_at_risk varchar(1000),
    add column protection_measures varchar(2000),
    add column protection_flagged_by varchar(64),
    add column protection_flagged_at timestamp with time zone,
    add column reopen_count int not null default 0,
    add column last_reopen_reason varchar(4200),
    add column archived_at timestamp with time zone;

update complaint
   set status = 'FED_BACK', feedback_channel = channel, feedback_content = resolution,
       feedback_given_by = handled_by, feedback_given_at = resolved_at
 where status = 'RESOLVED';

create index complaint_major_idx on complaint (major_flagged_at) where major_reason is not null
    and major_acknowledged_by is null;

-- X-1: every step of every complaint, kept for inspection and shown as its history.
create table complaint_step (
    id           bigserial primary key,
    complaint_id uuid                     not null references complaint (id),
    at           timestamp with time zone not null,
    step         varchar(32)              not null,
    actor        varchar(200)             not null,
    detail       varchar(4200)
);
create index complaint_step_complaint_idx on complaint_step (complaint_id, at, id);
