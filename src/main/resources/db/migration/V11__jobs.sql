-- Job postings, their skills and their application questions.
-- company_id and category_id refer to other modules' rows by id only (no foreign keys
-- across modules). company_type is a copy of the company's type taken at each write, so the
-- company_type filter needs no join to the companies module's table. city_key holds the
-- lower-case city for the location filter (plain index, same on H2 and PostgreSQL).
create table jobs (
    id                    uuid primary key,
    company_id            uuid          not null,
    company_type          varchar(20)   not null,
    category_id           uuid          not null,
    title                 varchar(200)  not null,
    description           varchar(20000) not null,
    requirements          varchar(20000),
    responsibilities      varchar(20000),
    benefits              varchar(20000),
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
    min_experience_years  integer,
    salary_min            integer,
    salary_max            integer,
    salary_currency       varchar(3),
    salary_period         varchar(20),
    -- JSON array of strings, always read and written whole with the job
    qualifications        varchar(5000) not null,
    openings              integer       not null,
    assessment_id         uuid,
    application_deadline  timestamp(6) with time zone,
    expires_at            timestamp(6) with time zone,
    is_featured           boolean       not null,
    status                varchar(20)   not null,
    review_note           varchar(2000),
    -- kept by the views, saves and applications features (0 until they exist)
    view_count            bigint        not null,
    application_count     bigint        not null,
    save_count            bigint        not null,
    published_at          timestamp(6) with time zone,
    created_by            uuid          not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null,
    constraint jobs_status_check
        check (status in ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
    constraint jobs_remote_option_check check (remote_option in ('ON_SITE', 'REMOTE', 'HYBRID')),
    constraint jobs_job_type_check
        check (job_type in ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP', 'FREELANCE')),
    constraint jobs_experience_level_check
        check (experience_level in ('ENTRY', 'MID', 'SENIOR', 'LEAD', 'EXECUTIVE')),
    constraint jobs_salary_period_check check (salary_period in ('HOURLY', 'DAILY', 'MONTHLY', 'YEARLY')),
    constraint jobs_salary_range_check check (salary_min is null or salary_max is null or salary_min <= salary_max)
);
-- the default ordering and its cursors; the other list filters narrow published jobs
create index jobs_status_published_idx on jobs (status, published_at, id);
create index jobs_company_idx on jobs (company_id, status);
create index jobs_category_idx on jobs (category_id, status);
create index jobs_job_type_idx on jobs (job_type, status);
create index jobs_experience_level_idx on jobs (experience_level, status);
create index jobs_remote_option_idx on jobs (remote_option, status);
create index jobs_city_idx on jobs (city_key, status);
create index jobs_country_idx on jobs (country, status);
create index jobs_company_type_idx on jobs (company_type, status);
create index jobs_salary_max_idx on jobs (status, salary_max);
create index jobs_salary_min_idx on jobs (status, salary_min);
create index jobs_expires_at_idx on jobs (status, expires_at);
create index jobs_deadline_idx on jobs (status, application_deadline);

-- The skills a job asks for; skill_id is a catalog skill (by id only).
create table job_skills (
    job_id          uuid    not null references jobs (id) on delete cascade,
    list_index      integer not null,
    skill_id        uuid    not null,
    skill_level     integer,
    is_required     boolean not null,
    years_required  integer,
    primary key (job_id, list_index)
);
create index job_skills_skill_idx on job_skills (skill_id, job_id);

-- Questions applicants answer; options (JSON array) only for single_choice.
create table job_questions (
    job_id       uuid          not null references jobs (id) on delete cascade,
    list_index   integer       not null,
    id           uuid          not null,
    question_text varchar(500) not null,
    type         varchar(20)   not null,
    options      varchar(5000) not null,
    is_required  boolean       not null,
    primary key (job_id, list_index),
    constraint job_questions_type_check check (type in ('TEXT', 'YES_NO', 'SINGLE_CHOICE', 'NUMBER'))
);
