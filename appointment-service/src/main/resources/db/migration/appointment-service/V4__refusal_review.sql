-- APT-13: the general manager's review of a refusal; a refusal without a valid reason counts
-- against the staff member who answered the request.
alter table appointment_request add column refusal_review_by varchar(64);
alter table appointment_request add column refusal_review_justified boolean;
alter table appointment_request add column refusal_review_note varchar(1000);
alter table appointment_request add column refusal_review_at timestamp with time zone;
alter table appointment_request add constraint appointment_request_review_ck
    check (refusal_review_at is null or (status = 'REFUSED' and refusal_review_by is not null
                                         and refusal_review_justified is not null));
