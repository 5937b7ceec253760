-- Large reports and data sets exported in the background (issue 14): queued by a request (202),
-- run by any backend copy that claims them (FOR UPDATE SKIP LOCKED), kept encrypted until a short
-- expiry, and downloaded with a link whose random token is kept encrypted.
CREATE TABLE report_export (
    id                     uuid PRIMARY KEY,
    requested_by_subject   varchar(100)  NOT NULL,
    requested_by_username  varchar(200)  NOT NULL,
    requester_roles        varchar(300)  NOT NULL,
    organization_id        uuid,
    client_id              varchar(100),
    report                 varchar(60)   NOT NULL,
    parameters             jsonb         NOT NULL,
    format                 varchar(10)   NOT NULL CHECK (format IN ('csv', 'xlsx')),
    status                 varchar(10)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED')),
    progress               int           NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    file_enc               bytea,
    file_name              varchar(200),
    size_bytes             bigint,
    token_enc              varchar(300),
    error                  varchar(500),
    created_at             timestamptz   NOT NULL,
    started_at             timestamptz,
    finished_at            timestamptz,
    expires_at             timestamptz
);
CREATE INDEX report_export_queue_idx ON report_export (created_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX report_export_requester_idx ON report_export (requested_by_subject, created_at DESC);
