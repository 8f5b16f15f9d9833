-- Several departments' answers of up to 4000 characters each do not fit a varchar(8000).
alter table customer_need alter column consolidated_answer type text;
