-- SPC-4: when a department part's deadline clock ran out (deadline.breached). Kept after the part is
-- completed; the specialist workload counts the breached parts of open needs that are still open.
alter table customer_need_part add column breached_at timestamp with time zone;
create index customer_need_open_specialist_idx on customer_need (specialist_id) where status = 'SUBMITTED';
