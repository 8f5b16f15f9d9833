-- AST-8, AST-10: the helpers' trainings — weekly for all full-time helpers, short ones by the window staff that
-- invite them, ad-hoc ones — with who was invited and who attended.
create table training (
    id         uuid                     primary key,
    kind       varchar(20)              not null check (kind in ('WEEKLY', 'SHORT', 'AD_HOC')),
    held_on    date                     not null,
    topic      varchar(200)             not null,
    content    varchar(4000)            not null,
    held_by    varchar(64)              not null,
    created_at timestamp with time zone not null,
    version    bigint                   not null
);
create index training_held_on_idx on training (held_on);

create table training_attendee (
    training uuid        not null references training (id) on delete cascade,
    staff_id varchar(64) not null,
    attended boolean     not null,
    primary key (training, staff_id)
);

-- AST-9: the monthly exam on the month's trainings, one per month, and each helper's score (once).
create table exam (
    id         uuid                     primary key,
    month      varchar(7)               not null unique,
    topics     varchar(4000)            not null,
    set_by     varchar(64)              not null,
    created_at timestamp with time zone not null,
    version    bigint                   not null
);

create table exam_score (
    exam      uuid                     not null references exam (id) on delete cascade,
    staff_id  varchar(64)              not null,
    score     integer                  not null check (score between 0 and 100),
    scored_at timestamp with time zone not null,
    study_on  date,
    primary key (exam, staff_id)
);
