-- Key rotation: a job that moves every encrypted value to the current key in batches and reports
-- progress. The partial unique index lets only one job run at a time, across every backend copy.
CREATE TABLE crypto_reencryption (
    id              uuid PRIMARY KEY,
    key_id          varchar(16)  NOT NULL,
    status          varchar(10)  NOT NULL,
    rows_total      bigint       NOT NULL,
    rows_done       bigint       NOT NULL DEFAULT 0,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    started_by_name varchar(200) NOT NULL,
    failure         varchar(1000)
);
CREATE UNIQUE INDEX crypto_reencryption_one_running ON crypto_reencryption ((status)) WHERE status = 'RUNNING';
