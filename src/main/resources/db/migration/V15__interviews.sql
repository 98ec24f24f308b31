-- Interviews of an application. sequence is the iCalendar SEQUENCE of the invite: it
-- grows with every reschedule and the cancellation, so calendars replace the event.
create table interviews (
    id                uuid primary key,
    application_id    uuid          not null references applications (id) on delete cascade,
    type              varchar(20)   not null,
    status            varchar(20)   not null,
    scheduled_at      timestamp(6) with time zone not null,
    duration_minutes  integer       not null,
    location          varchar(500),
    meeting_url       varchar(1000),
    interviewer_name  varchar(200),
    feedback          varchar(5000),
    rating            integer,
    sequence          integer       not null,
    created_by        uuid          not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null,
    constraint interviews_type_check check (type in ('PHONE', 'VIDEO', 'IN_PERSON', 'TECHNICAL')),
    constraint interviews_status_check check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    constraint interviews_rating_check check (rating is null or (rating between 1 and 5)),
    constraint interviews_duration_check check (duration_minutes between 5 and 1440)
);
create index interviews_application_idx on interviews (application_id, scheduled_at);
