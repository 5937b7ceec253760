-- The consent ledger: who agreed to what, for which organization and which field groups, how
-- it was recorded, until when, and its withdrawal (effective at once). Rows are never deleted.
CREATE TABLE consent (
    id                  uuid PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    person_id           uuid         NOT NULL REFERENCES person (id),
    given_by            varchar(20)  NOT NULL,
    guardian_name_enc   text,
    guardian_relation   varchar(100),
    purpose             varchar(40)  NOT NULL,
    organization_id     uuid REFERENCES organization (id),
    field_groups        text[]       NOT NULL,
    given_at            timestamptz  NOT NULL,
    method              varchar(30)  NOT NULL,
    witness_name_enc    text,
    valid_until         timestamptz,
    recorded_by_subject varchar(100) NOT NULL,
    recorded_by_name    varchar(200) NOT NULL,
    withdrawn_at        timestamptz,
    withdrawal_reason   varchar(1000),
    withdrawn_by_name   varchar(200),
    created_at          timestamptz  NOT NULL
);
CREATE INDEX consent_case_idx ON consent (case_id);
CREATE INDEX consent_sharing_idx ON consent (case_id, organization_id) WHERE withdrawn_at IS NULL;
