-- Daily counters behind human-facing case numbers such as TS20261127-0001.
create table case_number (
    prefix varchar(8) not null,
    day    date       not null,
    last   int        not null,
    primary key (prefix, day)
);
