-- DL-5: the requester rejects a completed matter's answer as not what was committed (who, when, why).
alter table deadline_clock
    add column answer_rejected_at      timestamp with time zone,
    add column answer_rejected_by      varchar(64),
    add column answer_rejection_reason varchar(2000);

-- DL-4: what the customer was told about a matter that cannot be completed in time (X-1: who, when).
create table deadline_customer_explanation (
    id           bigserial primary key,
    clock_id     uuid                     not null references deadline_clock (id),
    explained_at timestamp with time zone not null,
    explained_by varchar(64)              not null,
    explanation  varchar(2000)            not null
);
create index deadline_customer_explanation_clock_idx on deadline_customer_explanation (clock_id);
