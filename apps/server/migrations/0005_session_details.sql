-- Sessions get a public id (the token hash stays internal) and where they were opened from, so a user
-- can recognise and end their own sessions.
alter table sessions add column id uuid not null default gen_random_uuid();
alter table sessions add constraint sessions_id_key unique (id);
alter table sessions add column user_agent text check (length(user_agent) <= 300);
alter table sessions add column source_ip text check (length(source_ip) <= 64);
