-- X-1: every state-changing call this service answered, with who made it and the answer.
create table audit_entry (
    id         bigserial primary key,
    at         timestamp with time zone not null,
    actor      varchar(200)             not null,
    subject    varchar(200)             not null,
    client_id  varchar(100),
    method     varchar(8)               not null,
    path       varchar(500)             not null,
    status     int                      not null,
    request_id varchar(64)
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_actor_idx on audit_entry (actor, at desc);
