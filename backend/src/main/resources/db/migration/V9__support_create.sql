-- Supports delivered to a case's person under Art. 37, and the cash rates each province sets
-- for them (data with effective dates, never constants in code).
CREATE TABLE cash_rate (
    id             uuid PRIMARY KEY,
    province_code  varchar(10)  NOT NULL REFERENCES place (code),
    support_type   varchar(40)  NOT NULL,
    amount_vnd     bigint       NOT NULL CHECK (amount_vnd > 0),
    unit           varchar(20)  NOT NULL CHECK (unit IN ('ONE_OFF', 'PER_DAY', 'PER_MONTH')),
    effective_from date         NOT NULL,
    effective_to   date,
    legal_basis    varchar(300) NOT NULL,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX cash_rate_lookup_idx ON cash_rate (province_code, support_type, effective_from);

CREATE TABLE support_delivery (
    id                       uuid PRIMARY KEY,
    case_id                  uuid         NOT NULL REFERENCES case_file (id),
    person_id                uuid         NOT NULL REFERENCES person (id),
    support_type             varchar(40)  NOT NULL,
    provider_organization_id uuid         NOT NULL REFERENCES organization (id),
    delivered_from           date         NOT NULL,
    delivered_to             date,
    quantity                 int CHECK (quantity > 0),
    amount_vnd               bigint CHECK (amount_vnd >= 0),
    cash_rate_id             uuid REFERENCES cash_rate (id),
    note_enc                 text,
    override_reason          varchar(1000),
    override_by_name         varchar(200),
    recorded_by_subject      varchar(100) NOT NULL,
    recorded_by_name         varchar(200) NOT NULL,
    created_at               timestamptz  NOT NULL,
    CHECK (delivered_to IS NULL OR delivered_to >= delivered_from)
);
CREATE INDEX support_delivery_case_idx ON support_delivery (case_id, delivered_from DESC);
