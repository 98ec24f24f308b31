-- The audit log: security events and admin actions, one row per io.openhire.shared.AuditEvent.
-- Append-only: the application inserts rows and never updates or deletes them.
-- details is the event's small string map as a JSON object in one column rather than a child
-- table: it is written once with its row, always read whole with it, and never filtered on, so
-- a child table would only add rows to insert and a second query (or join) per page.
create table audit_log (
    id           uuid         primary key,
    actor_id     uuid,
    action       varchar(100) not null,
    entity_type  varchar(50)  not null,
    entity_id    varchar(100),
    ip           varchar(45),
    user_agent   varchar(512),
    occurred_at  timestamp(6) with time zone not null,
    details      varchar(4000) not null
);

-- Newest first (a backward scan), alone and after each filter; time ranges use the same order.
create index audit_log_occurred_at_idx on audit_log (occurred_at, id);
create index audit_log_actor_idx on audit_log (actor_id, occurred_at);
create index audit_log_action_idx on audit_log (action, occurred_at);
create index audit_log_entity_type_idx on audit_log (entity_type, occurred_at);
create index audit_log_entity_id_idx on audit_log (entity_id, occurred_at);
