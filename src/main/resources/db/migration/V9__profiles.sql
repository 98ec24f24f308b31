-- Candidate profiles with their skills, education, experience, certifications and portfolio,
-- and employer profiles. One profile per user (unique user_id): profiles are created on
-- registration and, if that has not happened yet, on first access; the unique key makes a
-- concurrent second insert fail instead of creating a twin.
-- List-valued fields (desired_job_types, preferred_locations, image_urls, technologies) are
-- JSON arrays in one column: always read and written whole with their row, never filtered on.
-- skill_id names a catalog skill by id; no foreign key crosses modules.
create table candidate_profiles (
    id                      uuid primary key,
    user_id                 uuid          not null,
    headline                varchar(200),
    bio                     varchar(5000),
    phone                   varchar(20),
    date_of_birth           date,
    gender                  varchar(20),
    address                 varchar(200),
    city                    varchar(100),
    region                  varchar(100),
    postal_code             varchar(20),
    country                 varchar(2),
    latitude                double precision,
    longitude               double precision,
    years_of_experience     integer,
    remote_experience_years integer,
    english_level           varchar(10),
    desired_role            varchar(150),
    desired_job_types       varchar(200)  not null,
    desired_salary_min      bigint,
    desired_salary_currency varchar(3),
    desired_salary_period   varchar(10),
    current_salary          bigint,
    availability_status     varchar(20),
    hours_per_week          integer,
    available_from          date,
    open_to_remote          boolean       not null,
    preferred_locations     varchar(2000) not null,
    linkedin_url            varchar(500),
    github_url              varchar(500),
    portfolio_url           varchar(500),
    website_url             varchar(500),
    visibility              varchar(20)   not null,
    verification_status     varchar(20)   not null,
    average_rating          numeric(3, 2),
    review_count            integer       not null,
    completeness            integer       not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    version                 bigint        not null,
    constraint candidate_profiles_user_key unique (user_id),
    constraint candidate_profiles_visibility_check check (visibility in ('public', 'employers', 'private')),
    constraint candidate_profiles_verification_check
        check (verification_status in ('unverified', 'pending', 'verified', 'rejected')),
    constraint candidate_profiles_completeness_check check (completeness between 0 and 100)
);

-- GET /candidates: newest change first, after the filters that narrow most.
create index candidate_profiles_updated_idx on candidate_profiles (updated_at, id);
create index candidate_profiles_geo_idx on candidate_profiles (latitude, longitude);
create index candidate_profiles_experience_idx on candidate_profiles (years_of_experience);
create index candidate_profiles_availability_idx on candidate_profiles (availability_status);
create index candidate_profiles_city_idx on candidate_profiles (city);

create table candidate_skills (
    id                     uuid primary key,
    profile_id             uuid    not null references candidate_profiles (id) on delete cascade,
    skill_id               uuid    not null,
    level                  integer not null,
    years_of_experience    integer,
    last_used              date,
    verified_by_assessment boolean not null,
    created_at             timestamp(6) with time zone not null,
    constraint candidate_skills_profile_skill_key unique (profile_id, skill_id),
    constraint candidate_skills_level_check check (level between 1 and 10)
);

-- the skills filter (skill, at least a level) and the skills of a page of profiles
create index candidate_skills_skill_level_idx on candidate_skills (skill_id, level);

create table candidate_education (
    id             uuid primary key,
    profile_id     uuid         not null references candidate_profiles (id) on delete cascade,
    institution    varchar(200) not null,
    degree         varchar(150),
    field_of_study varchar(150),
    start_date     date,
    end_date       date,
    is_current     boolean      not null,
    gpa            numeric(4, 2),
    description    varchar(2000),
    created_at     timestamp(6) with time zone not null
);

create index candidate_education_profile_idx on candidate_education (profile_id);

create table candidate_experience (
    id           uuid primary key,
    profile_id   uuid         not null references candidate_profiles (id) on delete cascade,
    company_name varchar(200) not null,
    job_title    varchar(150) not null,
    location     varchar(150),
    description  varchar(4000),
    start_date   date         not null,
    end_date     date,
    is_current   boolean      not null,
    created_at   timestamp(6) with time zone not null
);

create index candidate_experience_profile_idx on candidate_experience (profile_id);

create table candidate_certifications (
    id                   uuid primary key,
    profile_id           uuid         not null references candidate_profiles (id) on delete cascade,
    name                 varchar(200) not null,
    issuing_organization varchar(200),
    credential_id        varchar(100),
    credential_url       varchar(500),
    issue_date           date,
    expiry_date          date,
    created_at           timestamp(6) with time zone not null
);

create index candidate_certifications_profile_idx on candidate_certifications (profile_id);

create table candidate_portfolio (
    id           uuid primary key,
    profile_id   uuid          not null references candidate_profiles (id) on delete cascade,
    title        varchar(200)  not null,
    description  varchar(4000),
    project_url  varchar(500),
    image_urls   varchar(5200) not null,
    technologies varchar(1700) not null,
    project_date date,
    client_name  varchar(200),
    is_featured  boolean       not null,
    created_at   timestamp(6) with time zone not null
);

create index candidate_portfolio_profile_idx on candidate_portfolio (profile_id);

create table employer_profiles (
    id             uuid primary key,
    user_id        uuid         not null,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    phone          varchar(20),
    position_title varchar(150),
    bio            varchar(5000),
    linkedin_url   varchar(500),
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint       not null,
    constraint employer_profiles_user_key unique (user_id)
);
