-- Companies (hospitals and clinics included) and the employers who act for them.
-- The *_key columns hold the lower-case form of a value, written by the application: the
-- unique name and the case-insensitive filters then use plain indexes that work the same
-- on H2 and PostgreSQL (H2 has no expression indexes such as lower(name)).
create table companies (
    id                   uuid primary key,
    name                 varchar(200)  not null,
    name_key             varchar(200)  not null,
    slug                 varchar(220)  not null,
    type                 varchar(20)   not null,
    facility_type        varchar(20),
    bed_capacity         integer,
    description          varchar(5000),
    industry             varchar(100),
    industry_key         varchar(100),
    size                 varchar(20),
    website              varchar(500),
    email                varchar(254),
    phone                varchar(20),
    logo_url             varchar(500),
    hq_address           varchar(255),
    hq_city              varchar(100),
    hq_city_key          varchar(100),
    hq_region            varchar(100),
    hq_postal_code       varchar(20),
    hq_country           varchar(2),
    hq_latitude          double precision,
    hq_longitude         double precision,
    registration_number  varchar(50),
    registration_country varchar(2),
    founded_year         integer,
    -- JSON array of strings and JSON object of name -> URL: always read and written whole
    -- with their company, never filtered on
    benefits             varchar(20000) not null,
    social_links         varchar(10000) not null,
    verification_status  varchar(20)   not null,
    verified_at          timestamp(6) with time zone,
    -- kept up to date by the reviews and jobs modules once they exist (0 until then)
    average_rating       double precision not null,
    review_count         integer       not null,
    open_jobs            integer       not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    version              bigint        not null,
    constraint companies_name_key_key unique (name_key),
    constraint companies_slug_key unique (slug),
    constraint companies_type_check
        check (type in ('company', 'hospital', 'clinic', 'agency', 'nonprofit', 'government', 'other')),
    constraint companies_facility_type_check check (facility_type in ('public', 'private', 'specialty')),
    constraint companies_size_check
        check (size in ('1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001+')),
    constraint companies_verification_status_check
        check (verification_status in ('unverified', 'pending', 'verified', 'rejected')),
    constraint companies_bed_capacity_check check (bed_capacity >= 0),
    constraint companies_counts_check check (review_count >= 0 and open_jobs >= 0)
);

create index companies_type_idx on companies (type);
create index companies_industry_key_idx on companies (industry_key);
create index companies_size_idx on companies (size);
create index companies_hq_city_key_idx on companies (hq_city_key);
create index companies_hq_country_idx on companies (hq_country);
create index companies_verification_status_idx on companies (verification_status);

-- Who acts for a company. user_id names an account of the identity module by id only
-- (no foreign key across modules; accounts are never deleted, erasure anonymizes them
-- and removes these rows through the UserErased event).
create table company_members (
    id          uuid primary key,
    company_id  uuid        not null,
    user_id     uuid        not null,
    member_role varchar(20) not null,
    joined_at   timestamp(6) with time zone not null,
    constraint company_members_company_fk foreign key (company_id) references companies (id) on delete cascade,
    constraint company_members_company_user_key unique (company_id, user_id),
    constraint company_members_role_check check (member_role in ('owner', 'recruiter'))
);

create index company_members_user_idx on company_members (user_id);
