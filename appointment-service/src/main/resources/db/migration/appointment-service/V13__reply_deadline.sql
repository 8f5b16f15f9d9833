-- When the answer to each request is due (APT-5), as deadline-service computed it on the business
-- calendar (deadline.scheduled of appointment-service/<id>/reply): the console's pending replies.
create table reply_deadline (
    appointment_id uuid                     primary key,
    due_at         timestamp with time zone not null
);
