-- Responses to creating POSTs sent with an Idempotency-Key, replayed when the client retries.
create table idempotent_request (
    idempotency_key varchar(128)             not null,
    method          varchar(8)               not null,
    path            varchar(500)             not null,
    request_hash    varchar(64)              not null,
    status          int,
    content_type    varchar(100),
    location        varchar(500),
    etag            varchar(100),
    body            bytea,
    created_at      timestamp with time zone not null,
    primary key (idempotency_key, method, path)
);
create index idempotent_request_created_idx on idempotent_request (created_at);
