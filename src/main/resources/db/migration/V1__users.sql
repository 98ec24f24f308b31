-- Accounts of candidates, employers and admins. The email is unique whatever its letter case.
create table users (
    id                 uuid primary key,
    email              varchar(254) not null,
    email_normalized   varchar(254) not null,
    password_hash      varchar(255) not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    role               varchar(20)  not null,
    is_active          boolean      not null,
    is_email_verified  boolean      not null,
    date_joined        timestamp(6) with time zone not null,
    last_login         timestamp(6) with time zone,
    password_changed_at timestamp(6) with time zone not null,
    version            bigint       not null,
    constraint users_role_check check (role in ('admin', 'employer', 'candidate')),
    constraint users_email_normalized_key unique (email_normalized)
);

create index users_role_idx on users (role);
create index users_date_joined_idx on users (date_joined);
