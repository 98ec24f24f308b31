-- Applications of candidates to jobs, and the history of their status changes.
-- job_id, company_id and candidate_id refer to other modules' rows by id only (no foreign
-- keys across modules); company_id is copied from the job when the candidate applies, so
-- an employer's list needs no join to the jobs table. resume_document_id names a document
-- of the documents module, which does not exist yet: it is kept as given.
create table applications (
    id                  uuid primary key,
    job_id              uuid          not null,
    company_id          uuid          not null,
    candidate_id        uuid          not null,
    cover_letter        varchar(10000),
    resume_document_id  uuid,
    -- JSON object {question_id: answer}, always read and written whole with the row
    answers             varchar(20000) not null,
    status              varchar(20)   not null,
    rating              integer,
    internal_notes      varchar(10000),
    applied_at          timestamp(6) with time zone not null,
    hired_at            timestamp(6) with time zone,
    updated_at          timestamp(6) with time zone not null,
    version             bigint        not null,
    -- one application per candidate and job, also when two arrive at once
    constraint applications_job_candidate_unique unique (job_id, candidate_id),
    constraint applications_status_check check (status in
        ('APPLIED', 'REVIEWING', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    constraint applications_rating_check check (rating is null or (rating between 1 and 5))
);
-- the lists (newest first, by the time-ordered id) for a candidate, a company and a job
create index applications_candidate_idx on applications (candidate_id, id);
create index applications_company_idx on applications (company_id, id);
create index applications_job_idx on applications (job_id, status);

-- Every status change, the first one (none → applied) included.
create table application_status_changes (
    id              uuid primary key,
    application_id  uuid         not null references applications (id) on delete cascade,
    from_status     varchar(20),
    to_status       varchar(20)  not null,
    changed_by      uuid         not null,
    reason          varchar(1000),
    note            varchar(2000),
    changed_at      timestamp(6) with time zone not null
);
create index application_status_changes_app_idx on application_status_changes (application_id, changed_at);
