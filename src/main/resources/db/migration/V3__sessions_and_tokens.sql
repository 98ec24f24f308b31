-- Sign-in sessions and single-use tokens of the identity module. Only SHA-256 hashes of
-- token values are stored: a copy of the database signs nobody in.

alter table users add column token_version integer not null default 0;

-- Refresh tokens, rotated on every use. A family is one sign-in session: every token
-- refreshed from the same sign-in shares it, and reusing a spent token revokes the family.
create table refresh_tokens (
    id          uuid primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    family_id   uuid         not null,
    token_hash  varchar(64)  not null,
    issued_at   timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    revoked_at  timestamp(6) with time zone,
    constraint refresh_tokens_token_hash_key unique (token_hash)
);
create index refresh_tokens_user_idx on refresh_tokens (user_id);
create index refresh_tokens_family_idx on refresh_tokens (family_id);

-- Email verification, password reset and magic-link tokens.
create table one_time_tokens (
    id          uuid primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    purpose     varchar(20)  not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    constraint one_time_tokens_token_hash_key unique (token_hash),
    constraint one_time_tokens_purpose_check check (purpose in ('VERIFY_EMAIL', 'PASSWORD_RESET', 'MAGIC_LINK'))
);
create index one_time_tokens_user_idx on one_time_tokens (user_id, purpose);

-- Failed sign-ins per email address (whether or not it has an account), for the lock-out.
create table login_failures (
    id                uuid primary key,
    email_normalized  varchar(254) not null,
    failed_at         timestamp(6) with time zone not null
);
create index login_failures_email_idx on login_failures (email_normalized, failed_at);
