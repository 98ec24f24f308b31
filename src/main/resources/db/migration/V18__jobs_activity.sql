-- Views, saves and applications of a job per UTC day: what GET /jobs/trending ranks by.
create table job_activity (
    job_id        uuid   not null references jobs (id) on delete cascade,
    activity_day  date   not null,
    views         bigint default 0 not null,
    saves         bigint default 0 not null,
    applications  bigint default 0 not null,
    primary key (job_id, activity_day)
);
create index job_activity_day_idx on job_activity (activity_day, job_id);
