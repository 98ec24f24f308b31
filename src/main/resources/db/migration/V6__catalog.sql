-- The catalog: master data other modules refer to by id. Skills (with aliases), the job category
-- tree, qualifications, and locations (cities with coordinates).
--
-- Names are compared and searched through *_normalized columns (trimmed, inner spaces collapsed,
-- lower case) kept by the application, not through indexes on lower(name): H2 cannot index
-- expressions. Their btree indexes serve the exact lookups (resolving a skill name or alias) and
-- the prefix searches (like 'abc%'), on PostgreSQL as long as the database collation is C or
-- C.UTF-8 (else such a search scans; these tables hold thousands of rows, and lists are cached).

-- status: approved (public), pending (created from an unknown name, admins only), merged (an alias of
-- merged_into now; kept so that ids held elsewhere still resolve), retired (deleted by an admin).
create table catalog_skills (
    id               uuid         primary key,
    name             varchar(100) not null,
    name_normalized  varchar(100) not null,
    slug             varchar(120) not null,
    category         varchar(30)  not null,
    description      varchar(500),
    popularity       integer      not null,
    status           varchar(20)  not null,
    merged_into      uuid,
    created_at       timestamp(6) with time zone not null,
    version          bigint       not null,
    constraint catalog_skills_name_key unique (name_normalized),
    constraint catalog_skills_slug_key unique (slug),
    constraint catalog_skills_merged_into_fk foreign key (merged_into) references catalog_skills (id),
    constraint catalog_skills_status_check check (status in ('approved', 'pending', 'merged', 'retired')),
    constraint catalog_skills_category_check check (category in ('clinical', 'technical', 'tool', 'soft',
        'language', 'administrative', 'trade', 'hospitality', 'business', 'other')),
    constraint catalog_skills_popularity_check check (popularity >= 0)
);

-- Lists: one status, most popular first.
create index catalog_skills_status_popularity_idx on catalog_skills (status, popularity desc, name);
create index catalog_skills_merged_into_idx on catalog_skills (merged_into);

-- One alias belongs to one skill; unique whatever its letter case (the primary key).
create table catalog_skill_aliases (
    alias_normalized varchar(100) primary key,
    skill_id         uuid         not null,
    alias            varchar(100) not null,
    constraint catalog_skill_aliases_skill_fk foreign key (skill_id) references catalog_skills (id)
);

create index catalog_skill_aliases_skill_idx on catalog_skill_aliases (skill_id);

-- job_count: jobs filed under the category, kept by the jobs module through CategoryCatalog.
create table catalog_categories (
    id               uuid         primary key,
    name             varchar(100) not null,
    name_normalized  varchar(100) not null,
    slug             varchar(120) not null,
    parent_id        uuid,
    job_count        integer      not null,
    version          bigint       not null,
    constraint catalog_categories_name_key unique (name_normalized),
    constraint catalog_categories_slug_key unique (slug),
    constraint catalog_categories_parent_fk foreign key (parent_id) references catalog_categories (id),
    constraint catalog_categories_job_count_check check (job_count >= 0)
);

create index catalog_categories_parent_idx on catalog_categories (parent_id, name_normalized);

create table catalog_qualifications (
    id               uuid         primary key,
    name             varchar(150) not null,
    name_normalized  varchar(150) not null,
    level            varchar(20)  not null,
    field            varchar(100),
    version          bigint       not null,
    constraint catalog_qualifications_name_key unique (name_normalized),
    constraint catalog_qualifications_level_check check (level in ('certificate', 'diploma', 'bachelor',
        'master', 'doctorate'))
);

create index catalog_qualifications_level_idx on catalog_qualifications (level, name_normalized);

-- place_key (city|region|country, normalized) keeps one row per place.
create table catalog_locations (
    id               uuid             primary key,
    city             varchar(100)     not null,
    city_normalized  varchar(100)     not null,
    region           varchar(100),
    country          varchar(2)       not null,
    place_key        varchar(210)     not null,
    latitude         double precision not null,
    longitude        double precision not null,
    version          bigint           not null,
    constraint catalog_locations_place_key unique (place_key),
    constraint catalog_locations_latitude_check check (latitude between -90 and 90),
    constraint catalog_locations_longitude_check check (longitude between -180 and 180)
);

create index catalog_locations_city_idx on catalog_locations (city_normalized);
create index catalog_locations_country_city_idx on catalog_locations (country, city_normalized);
