-- VST-2, VST-7: the last day of the accepted project's warranty as the CRM keeps it (customer.upserted).
alter table customer_profile add column warranty_ends_on date;
