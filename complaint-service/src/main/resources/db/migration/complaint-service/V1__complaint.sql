create table complaint (
    id             uuid primary key,
    number         varchar(20)              not null unique,
    customer_id    varchar(64),
    customer_name  varchar(100)             not null,
    customer_phone varchar(20)              not null,
    channel        varchar(20)              not null,
    content        varchar(4000)            not null,
    received_at    timestamp with time zone not null,
    status         varchar(20)              not null,
    handled_by     varchar(64),
    resolution     varchar(4000),
    resolved_at    timestamp with time zone,
    version        bigint                   not null
);
create index complaint_status_received_idx on complaint (status, received_at desc);
