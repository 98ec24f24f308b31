-- Spring Modulith's event publication registry (JPA): every event handed to a listener of
-- another module is stored here until the listener completes, and retried after a crash.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512)    not null,
    event_type             varchar(512)    not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer         not null,
    last_resubmission_date timestamp(6) with time zone
);

create index event_publication_incomplete_idx on event_publication (completion_date, publication_date);
create index event_publication_listener_idx on event_publication (listener_id, event_type);
