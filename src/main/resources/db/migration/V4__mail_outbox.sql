-- The email outbox: every mail the product sends is stored here first, in the transaction
-- that decided to send it, then delivered (and retried) from here. Without an SMTP server
-- mails are kept as 'held' for admins to read.
create table outgoing_mails (
    id              uuid primary key,
    recipient       varchar(320)     not null,
    subject         varchar(1000)    not null,
    text_body       varchar(1000000) not null,
    html_body       varchar(1000000),
    status          varchar(10)      not null,
    attempts        integer          not null,
    -- when a node may next try to send it; while a node sends, the end of its claim
    next_attempt_at timestamp(6) with time zone,
    last_error      varchar(1000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    constraint outgoing_mails_status_check check (status in ('held', 'pending', 'sent', 'failed'))
);

create index outgoing_mails_due_idx on outgoing_mails (status, next_attempt_at);
create index outgoing_mails_created_idx on outgoing_mails (created_at);
create index outgoing_mails_status_created_idx on outgoing_mails (status, created_at);

-- Files sent with a mail (such as the .ics of an interview invitation), in their order.
create table outgoing_mail_attachments (
    mail_id      uuid         not null,
    list_index   integer      not null,
    filename     varchar(255) not null,
    content_type varchar(255) not null,
    content      bytea        not null,
    constraint outgoing_mail_attachments_pk primary key (mail_id, list_index),
    constraint outgoing_mail_attachments_mail_fk foreign key (mail_id) references outgoing_mails (id) on delete cascade
);
