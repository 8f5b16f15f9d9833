-- Idempotency keys belong to the caller (the token's subject): the same key sent by two callers
-- is two requests, and neither sees the other's answer.
alter table idempotent_request add column caller varchar(200) not null default '';
alter table idempotent_request drop constraint idempotent_request_pkey;
alter table idempotent_request add primary key (caller, idempotency_key, method, path);
