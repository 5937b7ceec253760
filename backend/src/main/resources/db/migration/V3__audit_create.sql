-- Who read or changed which record, when and why. Each event holds the hash of the one before
-- it (a hash chain), so a changed or deleted event is detected by re-computing the chain.
CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    actor_subject   varchar(100) NOT NULL,
    actor_username  varchar(200) NOT NULL,
    organization_id uuid,
    action          varchar(60)  NOT NULL,
    record_type     varchar(60)  NOT NULL,
    record_id       varchar(100) NOT NULL,
    field_groups    varchar(200),
    reason          varchar(1000),
    details         text,
    prev_hash       varchar(64)  NOT NULL,
    hash            varchar(64)  NOT NULL UNIQUE
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id, id);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
