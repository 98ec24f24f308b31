-- A placement: the job a hired candidate holds, made when the application becomes hired.
create table placements (
    id               uuid primary key,
    application_id   uuid         not null references applications (id),
    job_id           uuid         not null,
    company_id       uuid         not null,
    candidate_id     uuid         not null,
    start_date       date,
    end_date         date,
    status           varchar(20)  not null,
    completion_date  date,
    rating           integer,
    feedback         varchar(5000),
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          bigint       not null,
    constraint placements_application_unique unique (application_id),
    constraint placements_status_check check (status in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    constraint placements_rating_check check (rating is null or (rating between 1 and 5))
);
create index placements_candidate_idx on placements (candidate_id, id);
create index placements_company_idx on placements (company_id, id);
