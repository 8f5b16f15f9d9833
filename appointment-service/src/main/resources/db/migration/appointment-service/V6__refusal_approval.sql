-- APT-7 as two steps: a staff member proposes a refusal, the general manager approves it (both
-- taken from their tokens). Refusals recorded in one step before this were proposed and approved
-- when they were answered.
alter table appointment_request add column refusal_proposed_by varchar(64);
alter table appointment_request add column refusal_proposed_at timestamp with time zone;
alter table appointment_request add column refusal_approved_at timestamp with time zone;
update appointment_request
   set refusal_proposed_by = answered_by, refusal_proposed_at = answered_at, refusal_approved_at = answered_at
 where refusal_reason is not null;
