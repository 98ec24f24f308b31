-- The search module's copy of candidate profiles: what the candidate index holds, kept by
-- the module's listener on CandidateProfileChanged (the profile tables stay the profiles
-- module's own). Every profile has a row, private ones too (admins search them); the
-- query leaves them out for employers. Skill names and experience job titles are copied
-- so the index can match them. The version lets two refreshes of one profile that race
-- each other detect it (the loser reads the profile again).
create table search_candidates (
    id                   uuid primary key,
    headline             varchar(200),
    bio                  varchar(5000),
    desired_role         varchar(200),
    experience_titles    varchar(20000),
    skill_names          varchar(20000),
    city                 varchar(100),
    city_key             varchar(100),
    region               varchar(100),
    region_key           varchar(100),
    country              varchar(2),
    latitude             double precision,
    longitude            double precision,
    years_of_experience  integer,
    availability_status  varchar(20),
    open_to_remote       boolean      not null,
    visibility           varchar(20)  not null,
    updated_at           timestamp(6) with time zone not null,
    version              bigint       not null
);

create table search_candidate_skills (
    candidate_id  uuid    not null references search_candidates (id) on delete cascade,
    list_index    integer not null,
    skill_id      uuid    not null,
    skill_level   integer not null,
    primary key (candidate_id, list_index)
);
