-- Idempotency-Key of creating requests: a retried request with the same key and body returns
-- the record the first one made; the same key with another body is refused. Keys are per
-- caller, kept for a day (swept by IdempotencyKeys).
CREATE TABLE idempotency_key (
    caller       varchar(100) NOT NULL,
    key          varchar(200) NOT NULL,
    operation    varchar(100) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    record_id    varchar(100),
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
