-- Reintegration follow-up after handover: visits with the situation found, a score, and when
-- the next visit is due.
CREATE TABLE follow_up_visit (
    id                  uuid PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    visited_at          timestamptz  NOT NULL,
    visited_by          varchar(200) NOT NULL,
    situation_enc       text         NOT NULL,
    reintegration_score int CHECK (reintegration_score BETWEEN 1 AND 5),
    next_visit_due      date,
    recorded_by_subject varchar(100) NOT NULL,
    recorded_by_name    varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL
);
CREATE INDEX follow_up_visit_case_idx ON follow_up_visit (case_id, visited_at DESC);
CREATE INDEX follow_up_visit_due_idx ON follow_up_visit (next_visit_due);
