-- The count columns are written only by SQL increments (saves, views, applications), never
-- by the entity: new rows take the default.
alter table jobs alter column view_count set default 0;
alter table jobs alter column application_count set default 0;
alter table jobs alter column save_count set default 0;

-- Jobs a candidate saved, with their own notes and tags (JSON array of strings).
create table saved_jobs (
    user_id   uuid          not null,
    job_id    uuid          not null references jobs (id) on delete cascade,
    notes     varchar(2000),
    tags      varchar(2000) not null,
    saved_at  timestamp(6) with time zone not null,
    primary key (user_id, job_id)
);
-- GET /saved-jobs: newest first, keyed by (saved_at, job_id) for cursors
create index saved_jobs_user_saved_idx on saved_jobs (user_id, saved_at, job_id);

-- Who viewed a job on a UTC day, as a keyed hash of the user id or IP (never the id or IP
-- itself): the primary key deduplicates views across nodes when buffered views are written
-- in batches. Rows older than yesterday are purged.
create table job_view_keys (
    job_id  uuid        not null,
    view_day date        not null,
    viewer  varchar(64) not null,
    primary key (job_id, view_day, viewer)
);
create index job_view_keys_day_idx on job_view_keys (view_day);
