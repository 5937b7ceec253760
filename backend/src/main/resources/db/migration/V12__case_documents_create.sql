-- Attachments of a case (decisions, handover minutes, copies of documents), stored encrypted in
-- PostgreSQL. The file name is encrypted too: it often carries the person's name.
CREATE TABLE case_document (
    id                  uuid PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    kind                varchar(30)  NOT NULL,
    file_name_enc       text         NOT NULL,
    media_type          varchar(100) NOT NULL,
    size_bytes          int          NOT NULL CHECK (size_bytes > 0),
    sha256              varchar(64)  NOT NULL,
    content_enc         bytea        NOT NULL,
    uploaded_by_subject varchar(100) NOT NULL,
    uploaded_by_name    varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL
);
CREATE INDEX case_document_case_idx ON case_document (case_id, created_at DESC);
