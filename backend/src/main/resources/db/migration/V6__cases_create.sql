-- Cases: the person a case is about, the case with its intake, identification and handover,
-- its accompanying children, its timeline and notes. Columns ending in _enc hold AES-GCM
-- ciphertext (FieldCipher); columns ending in _index hold blind indexes (keyed hashes of the
-- normalised value) so that search and duplicate checks never decrypt rows.
ALTER TABLE organization ADD COLUMN case_prefix varchar(10);

CREATE TABLE person (
    id                 uuid PRIMARY KEY,
    full_name_enc      text         NOT NULL,
    full_name_index    varchar(64)  NOT NULL,
    other_names_enc    text,
    sex                varchar(10)  NOT NULL,
    birth_date_enc     text,
    estimated_age      int CHECK (estimated_age BETWEEN 0 AND 120),
    nationality        varchar(2),
    stateless          boolean      NOT NULL,
    id_document_type   varchar(20)  NOT NULL,
    id_number_enc      text,
    id_number_index    varchar(64),
    home_place_code    varchar(10) REFERENCES place (code),
    phone_enc          text,
    languages          text[]       NOT NULL DEFAULT '{}',
    disabilities_enc   text,
    duplicate_index    varchar(64),
    created_at         timestamptz  NOT NULL
);
CREATE INDEX person_full_name_idx ON person (full_name_index);
CREATE INDEX person_id_number_idx ON person (id_number_index) WHERE id_number_index IS NOT NULL;
CREATE INDEX person_duplicate_idx ON person (duplicate_index) WHERE duplicate_index IS NOT NULL;

CREATE TABLE case_number_counter (
    organization_id uuid NOT NULL REFERENCES organization (id),
    year            int  NOT NULL,
    last_value      int  NOT NULL,
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE case_file (
    id                             uuid PRIMARY KEY,
    case_number                    varchar(30)  NOT NULL UNIQUE,
    organization_id                uuid         NOT NULL REFERENCES organization (id),
    person_id                      uuid         NOT NULL REFERENCES person (id),
    status                         varchar(30)  NOT NULL,
    status_before_close            varchar(30),
    category                       varchar(40)  NOT NULL,
    channel                        varchar(40)  NOT NULL,
    handing_over_organization_id   uuid REFERENCES organization (id),
    handover_document_number       varchar(100),
    received_at                    timestamptz  NOT NULL,
    place_found_code               varchar(10) REFERENCES place (code),
    place_found_description_enc    text,
    narrative_enc                  text,
    verification_due_at            timestamptz  NOT NULL,
    verification_overdue_flagged_at timestamptz,
    assigned_subject               varchar(100),
    assigned_name                  varchar(200),
    created_by_subject             varchar(100) NOT NULL,
    ident_organization_id          uuid REFERENCES organization (id),
    ident_decision_date            date,
    ident_document_number          varchar(100),
    ident_result                   varchar(20),
    ident_forms                    text[],
    ident_country                  varchar(2),
    ident_means_of_control         text[],
    ident_recruiter_relation       varchar(100),
    ident_reason_enc               text,
    handover_receiver              varchar(20),
    handover_receiver_name_enc     text,
    handover_receiver_organization_id uuid REFERENCES organization (id),
    handover_receiver_document     varchar(100),
    handed_over_at                 timestamptz,
    version                        bigint       NOT NULL,
    created_at                     timestamptz  NOT NULL,
    updated_at                     timestamptz  NOT NULL
);
CREATE INDEX case_file_org_received_idx ON case_file (organization_id, received_at DESC);
CREATE INDEX case_file_org_status_idx ON case_file (organization_id, status);
CREATE INDEX case_file_person_idx ON case_file (person_id);
CREATE INDEX case_file_verification_idx ON case_file (verification_due_at)
    WHERE status IN ('OPEN', 'UNDER_VERIFICATION');

CREATE TABLE case_child (
    case_id   uuid NOT NULL REFERENCES case_file (id),
    person_id uuid NOT NULL REFERENCES person (id),
    position  int  NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_event (
    id            bigserial PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES case_file (id),
    occurred_at   timestamptz  NOT NULL,
    type          varchar(60)  NOT NULL,
    actor_subject varchar(100) NOT NULL,
    actor_name    varchar(200) NOT NULL,
    summary       varchar(1000)
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id DESC);

CREATE TABLE case_note (
    id             uuid PRIMARY KEY,
    case_id        uuid         NOT NULL REFERENCES case_file (id),
    text_enc       text         NOT NULL,
    confidential   boolean      NOT NULL,
    author_subject varchar(100) NOT NULL,
    author_name    varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX case_note_case_idx ON case_note (case_id, created_at DESC);
