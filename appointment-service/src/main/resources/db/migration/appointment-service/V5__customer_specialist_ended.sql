-- An assignment's end is kept instead of deleting the row, so that a specialist.assigned that
-- reaches this projection after its specialist.assignment-ended (the outbox sends them after
-- separate commits, and resends a failed one later) cannot bring an ended assignment back.
alter table customer_specialist add column ended_at timestamp with time zone;
