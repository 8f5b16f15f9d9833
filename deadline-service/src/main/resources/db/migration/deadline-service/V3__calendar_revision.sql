-- One counter bumped by every calendar amendment. Amendments lock it exclusively, clock changes
-- share-lock it, so no clock is computed on a calendar that an amendment is replacing, and every
-- instance notices amendments made by another one.
create table calendar_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 0);
