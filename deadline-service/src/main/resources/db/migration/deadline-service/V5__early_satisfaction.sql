-- A deadline.satisfied can arrive before the deadline.requested of its subject: the two are sent
-- after separate commits and a failed send is resubmitted later. The satisfaction waits here and
-- the clock starts already satisfied, at the time the matter was answered.
create table deadline_early_satisfaction (
    subject_service varchar(64)              not null,
    subject_case_id varchar(64)              not null,
    purpose         varchar(64)              not null,
    satisfied_at    timestamp with time zone not null,
    result_told     boolean                  not null,
    primary key (subject_service, subject_case_id, purpose)
);
