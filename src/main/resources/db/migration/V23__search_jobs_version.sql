-- The copy of a job gets a version, as the copy of a candidate has one: two refreshes of one
-- job that race each other meet it, and the one that read the older job refreshes again
-- instead of overwriting the newer copy.
alter table search_jobs add column version bigint not null default 0;
