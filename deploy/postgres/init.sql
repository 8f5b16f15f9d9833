-- One database per service, all owned by servicedesk.
-- Runs once, when the postgres data volume is first initialised.
CREATE DATABASE specialist OWNER servicedesk;
CREATE DATABASE appointment OWNER servicedesk;
CREATE DATABASE notice OWNER servicedesk;
CREATE DATABASE deadline OWNER servicedesk;
CREATE DATABASE visit OWNER servicedesk;
CREATE DATABASE complaint OWNER servicedesk;
CREATE DATABASE assist OWNER servicedesk;
CREATE DATABASE auth OWNER servicedesk;
