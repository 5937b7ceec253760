-- The directory: organizations (agencies, NGOs, shelters, clubs) and the services they offer.
CREATE TABLE organization (
    id          uuid PRIMARY KEY,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200),
    kind        varchar(40)  NOT NULL,
    status      varchar(20)  NOT NULL,
    place_code  varchar(10) REFERENCES place (code),
    address     varchar(500),
    phone       varchar(30),
    email       varchar(200),
    website     varchar(500),
    hotlines    text[]       NOT NULL DEFAULT '{}',
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    search_text text GENERATED ALWAYS AS (sr_fold(name_vi || ' ' || coalesce(name_en, ''))) STORED
);
CREATE INDEX organization_kind_idx ON organization (kind);
CREATE INDEX organization_place_idx ON organization (place_code);

CREATE TABLE organization_contact (
    organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position        int  NOT NULL,
    name            varchar(200) NOT NULL,
    role            varchar(200),
    phone           varchar(30),
    email           varchar(200),
    PRIMARY KEY (organization_id, position)
);

CREATE TABLE service (
    id              uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organization (id),
    type            varchar(40)  NOT NULL,
    name_vi         varchar(200) NOT NULL,
    name_en         varchar(200),
    description     varchar(4000),
    eligibility     varchar(2000),
    languages       text[]       NOT NULL DEFAULT '{}',
    capacity        int CHECK (capacity >= 0),
    status          varchar(30)  NOT NULL,
    place_code      varchar(10) REFERENCES place (code),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    search_text     text GENERATED ALWAYS AS (sr_fold(name_vi || ' ' || coalesce(name_en, '') || ' ' || coalesce(description, ''))) STORED
);
CREATE INDEX service_organization_idx ON service (organization_id);
CREATE INDEX service_type_idx ON service (type);
