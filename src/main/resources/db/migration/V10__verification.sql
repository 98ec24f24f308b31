-- Verification requests for candidates and companies, reviewed by admins.
create table verification_requests (
    id            uuid primary key,
    subject_type  varchar(20)  not null,
    subject_id    uuid         not null,
    requested_by  uuid         not null,
    status        varchar(20)  not null,
    note          varchar(2000),
    reason        varchar(2000),
    created_at    timestamp(6) with time zone not null,
    decided_at    timestamp(6) with time zone,
    decided_by    uuid,
    version       bigint       not null,
    constraint verification_requests_subject_type_check check (subject_type in ('CANDIDATE', 'COMPANY')),
    constraint verification_requests_status_check check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index verification_requests_queue_idx on verification_requests (status, subject_type, created_at);
create index verification_requests_requester_idx on verification_requests (requested_by, created_at);
create index verification_requests_subject_idx on verification_requests (subject_id, status);

-- The documents offered as proof; plain ids until the documents module checks them.
create table verification_documents (
    request_id   uuid    not null references verification_requests (id) on delete cascade,
    list_index   integer not null,
    document_id  uuid    not null,
    primary key (request_id, list_index)
);
