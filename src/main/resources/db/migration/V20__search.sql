-- The search module's copy of published jobs: what the search index holds, kept by the
-- module's listener on job events (the jobs table stays the jobs module's own). Only
-- published jobs have a row; expiry is decided at query time from open_until, the earlier
-- of expires_at and application_deadline. Names of the company, category and skills are
-- copied so the index can weigh and facet them.
create table search_jobs (
    id                    uuid primary key,
    company_id            uuid          not null,
    company_name          varchar(200)  not null,
    company_type          varchar(20)   not null,
    facility_type         varchar(20),
    category_id           uuid          not null,
    category_name         varchar(200),
    title                 varchar(200)  not null,
    description           varchar(20000) not null,
    address               varchar(255),
    city                  varchar(100),
    city_key              varchar(100),
    region                varchar(100),
    postal_code           varchar(20),
    country               varchar(2),
    latitude              double precision,
    longitude             double precision,
    remote_option         varchar(20)   not null,
    job_type              varchar(20)   not null,
    experience_level      varchar(20)   not null,
    salary_min            integer,
    salary_max            integer,
    salary_top            integer,
    salary_currency       varchar(3),
    salary_period         varchar(20),
    application_deadline  timestamp(6) with time zone,
    expires_at            timestamp(6) with time zone,
    open_until            timestamp(6) with time zone,
    featured              boolean       not null,
    published_at          timestamp(6) with time zone not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null
);

create table search_job_skills (
    job_id          uuid         not null references search_jobs (id) on delete cascade,
    list_index      integer      not null,
    skill_id        uuid         not null,
    name            varchar(100) not null,
    skill_level     integer,
    is_required     boolean      not null,
    years_required  integer,
    primary key (job_id, list_index)
);
