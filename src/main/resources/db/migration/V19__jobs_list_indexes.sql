-- The public job list at 100,000 jobs (bench/jobs-and-apply.sh):
-- newest first straight off an index (H2 cannot walk the ascending one backwards) ...
create index jobs_status_newest_idx on jobs (status, published_at desc, id desc);
-- ... and its count from the index alone: status, both dates that decide "open", and the id
-- Spring Data counts (H2 reads the rows for an id not named in the index).
-- It covers what jobs_expires_at_idx (status, expires_at) did.
create index jobs_status_open_idx on jobs (status, expires_at, application_deadline, id);
drop index jobs_expires_at_idx;
