-- Inbox: one row per event a consumer has applied, written in the same transaction as the effect.
create table processed_event (
    consumer     text                     not null,
    event_id     uuid                     not null,
    event_type   text                     not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);
