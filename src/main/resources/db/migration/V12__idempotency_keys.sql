-- Idempotency-Key records of POST /api/v1/** (see docs/idempotency.md). A row is claimed
-- 'in_progress' by the first request of a key, then holds that request's response for
-- 24 h. The scope (caller, method, path, key) is unique through its SHA-256, so that two
-- concurrent first requests cannot both claim it.
create table idempotency_keys (
    id               uuid primary key,
    scope_hash       varchar(64)   not null,
    caller           varchar(300)  not null,
    request_method   varchar(10)   not null,
    request_path     varchar(2000) not null,
    idempotency_key  varchar(255)  not null,
    request_hash     varchar(64)   not null,
    status           varchar(12)   not null,
    response_status  integer,
    content_type     varchar(255),
    location         varchar(2000),
    response_body    bytea,
    created_at       timestamp(6) with time zone not null,
    constraint idempotency_keys_scope_uq unique (scope_hash),
    constraint idempotency_keys_status_check check (status in ('in_progress', 'completed'))
);

create index idempotency_keys_created_idx on idempotency_keys (created_at);
