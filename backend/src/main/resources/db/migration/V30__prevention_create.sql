-- Prevention beyond the clubs (DOMAIN.md "Prevention"): trainings of officers and information
-- campaigns for residents, with the denominators their plans count against: each organization's
-- staff by role (officers trained / officers) and each commune's population (residents reached /
-- residents), both dated and kept as data. Trained officers' names are encrypted (FieldCipher).
CREATE TABLE staff_roster (
    organization_id  uuid        NOT NULL REFERENCES organization (id),
    staff_role       varchar(40) NOT NULL,
    as_of            date        NOT NULL,
    headcount        int         NOT NULL CHECK (headcount >= 0),
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (organization_id, staff_role, as_of)
);

CREATE TABLE commune_population (
    place_code   varchar(10)  NOT NULL REFERENCES place (code),
    as_of        date         NOT NULL,
    population   int          NOT NULL CHECK (population >= 0),
    women        int          CHECK (women >= 0 AND women <= population),
    children     int          CHECK (children >= 0 AND children <= population),
    source       varchar(300),
    recorded_at  timestamptz  NOT NULL,
    PRIMARY KEY (place_code, as_of)
);

CREATE TABLE training (
    id                        uuid PRIMARY KEY,
    organizer_organization_id uuid          NOT NULL REFERENCES organization (id),
    topic                     varchar(300)  NOT NULL,
    starts_on                 date          NOT NULL,
    ends_on                   date          NOT NULL,
    classes                   int           NOT NULL DEFAULT 1 CHECK (classes BETWEEN 1 AND 1000),
    place_code                varchar(10)   REFERENCES place (code),
    venue                     varchar(300),
    funder                    varchar(200),
    trainers                  text[]        NOT NULL DEFAULT '{}',
    version                   bigint        NOT NULL DEFAULT 0,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX training_organizer_idx ON training (organizer_organization_id, starts_on DESC);

-- Named participants (staff of an organization, with attendance) ...
CREATE TABLE training_participant (
    id               uuid PRIMARY KEY,
    training_id      uuid         NOT NULL REFERENCES training (id) ON DELETE CASCADE,
    organization_id  uuid         NOT NULL REFERENCES organization (id),
    staff_role       varchar(40)  NOT NULL,
    full_name_enc    text         NOT NULL,
    attendance       varchar(20)  NOT NULL
);
CREATE INDEX training_participant_training_idx ON training_participant (training_id);

-- ... or, for large classes, counts: by organization of the directory or by commune or district
-- (the officers of 30 communes), and role.
CREATE TABLE training_participant_count (
    training_id      uuid         NOT NULL REFERENCES training (id) ON DELETE CASCADE,
    position         int          NOT NULL,
    organization_id  uuid         REFERENCES organization (id),
    place_code       varchar(10)  REFERENCES place (code),
    unit_name        varchar(200),
    staff_role       varchar(40)  NOT NULL,
    count            int          NOT NULL CHECK (count >= 0),
    PRIMARY KEY (training_id, position),
    CHECK (organization_id IS NOT NULL OR place_code IS NOT NULL OR unit_name IS NOT NULL)
);

CREATE TABLE information_campaign (
    id                        uuid PRIMARY KEY,
    organizer_organization_id uuid          NOT NULL REFERENCES organization (id),
    title                     varchar(300)  NOT NULL,
    channel                   varchar(30)   NOT NULL,
    place_code                varchar(10)   NOT NULL REFERENCES place (code),
    starts_on                 date          NOT NULL,
    ends_on                   date          NOT NULL,
    materials                 varchar(500),
    materials_count           int           CHECK (materials_count >= 0),
    counting_method           varchar(30)   NOT NULL,
    version                   bigint        NOT NULL DEFAULT 0,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX information_campaign_organizer_idx ON information_campaign (organizer_organization_id, starts_on DESC);
CREATE INDEX information_campaign_place_idx ON information_campaign (place_code, starts_on);

CREATE TABLE campaign_reach (
    campaign_id  uuid        NOT NULL REFERENCES information_campaign (id) ON DELETE CASCADE,
    sex          varchar(10) NOT NULL,
    age_group    varchar(20) NOT NULL,
    count        int         NOT NULL CHECK (count >= 0),
    PRIMARY KEY (campaign_id, sex, age_group)
);
