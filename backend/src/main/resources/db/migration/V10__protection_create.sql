-- Protection: risk assessments of a case (level, threats, who is at risk) and the protective
-- measures decided with them. Threat descriptions are encrypted.
CREATE TABLE risk_assessment (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    level           varchar(20)  NOT NULL,
    threat_sources  text[]       NOT NULL,
    at_risk         text[]       NOT NULL,
    threats_enc     text,
    measures        text[]       NOT NULL,
    measures_note_enc text,
    assessed_at     timestamptz  NOT NULL,
    assessed_by_subject varchar(100) NOT NULL,
    assessed_by_name    varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX risk_assessment_case_idx ON risk_assessment (case_id, assessed_at DESC);
