-- Half-done intakes are kept on the server, not in the browser: one per author, encrypted and
-- bound to its author, readable by that author only, removed when the intake is sent or a week
-- after it was last saved.
CREATE TABLE intake_draft (
    author_subject  varchar(100) PRIMARY KEY,
    organization_id uuid         NOT NULL,
    step            varchar(20)  NOT NULL,
    content_enc     text         NOT NULL,
    saved_at        timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL
);
CREATE INDEX intake_draft_expiry_idx ON intake_draft (expires_at);
