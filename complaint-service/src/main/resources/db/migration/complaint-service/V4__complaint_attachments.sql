-- CMP-2: references to what the complainant handed in (photos, letters, recordings).
alter table complaint add column attachments varchar(500)[] not null default '{}';
