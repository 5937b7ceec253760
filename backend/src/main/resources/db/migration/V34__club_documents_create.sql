-- A club's documents: the file of its founding decision and the materials of its meetings.
-- Stored like a case's documents: name and content encrypted (bound to table, column and row),
-- a keyed hash of the content, the content read only on download.
CREATE TABLE club_document (
    id                   uuid PRIMARY KEY,
    club_id              uuid         NOT NULL REFERENCES organization (id),
    meeting_id           uuid         REFERENCES club_meeting (id),
    kind                 varchar(30)  NOT NULL CHECK (kind IN ('FOUNDING_DECISION', 'MEETING_MATERIAL')),
    file_name_enc        text         NOT NULL,
    media_type           varchar(100) NOT NULL,
    size_bytes           integer      NOT NULL CHECK (size_bytes > 0),
    content_hash         varchar(100) NOT NULL,
    content_enc          bytea        NOT NULL,
    uploaded_by_subject  varchar(255) NOT NULL,
    uploaded_by_name     varchar(255) NOT NULL,
    created_at           timestamptz  NOT NULL,
    -- Materials belong to a meeting; the founding decision to the club alone.
    CONSTRAINT club_document_meeting_ck CHECK ((kind = 'MEETING_MATERIAL') = (meeting_id IS NOT NULL))
);
CREATE INDEX club_document_club_idx ON club_document (club_id, created_at DESC);
CREATE INDEX club_document_meeting_idx ON club_document (meeting_id) WHERE meeting_id IS NOT NULL;
