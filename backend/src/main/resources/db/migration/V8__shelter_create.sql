-- Temporary shelter (phòng tạm lánh): the rooms an organization runs, each with a capacity,
-- and the stays of persons in them. A stay is open while checked_out_at is NULL; rows are never
-- deleted, so the history of who stayed where remains.

-- Room names sort as people read them ("Phòng 2" before "Phòng 10"), in Vietnamese order.
CREATE COLLATION IF NOT EXISTS sr_natural (provider = icu, locale = 'vi-u-kn-true');

CREATE TABLE shelter_room (
    id              uuid PRIMARY KEY,
    organization_id uuid          NOT NULL REFERENCES organization (id),
    name            varchar(100)  COLLATE sr_natural NOT NULL,
    capacity        int           NOT NULL CHECK (capacity > 0),
    status          varchar(20)   NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    note            varchar(1000),
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    CONSTRAINT shelter_room_name_uq UNIQUE (organization_id, name)
);

CREATE TABLE shelter_stay (
    id                     uuid PRIMARY KEY,
    room_id                uuid          NOT NULL REFERENCES shelter_room (id),
    case_id                uuid          NOT NULL REFERENCES case_file (id),
    person_id              uuid          NOT NULL REFERENCES person (id),
    checked_in_at          timestamptz   NOT NULL,
    expected_check_out_at  timestamptz,
    checked_out_at         timestamptz,
    check_out_reason       varchar(500),
    created_by_subject     varchar(100)  NOT NULL,
    created_by_name        varchar(200)  NOT NULL,
    checked_out_by_subject varchar(100),
    checked_out_by_name    varchar(200),
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    CHECK (expected_check_out_at IS NULL OR expected_check_out_at > checked_in_at),
    CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
    CHECK ((checked_out_at IS NULL) = (check_out_reason IS NULL))
);
-- A person is in at most one room at a time; this holds even when two check-ins race.
CREATE UNIQUE INDEX shelter_stay_open_person_uq ON shelter_stay (person_id) WHERE checked_out_at IS NULL;
-- Occupancy: the open stays of a room, counted under the room's row lock at every check-in.
CREATE INDEX shelter_stay_open_room_idx ON shelter_stay (room_id, checked_in_at) WHERE checked_out_at IS NULL;
CREATE INDEX shelter_stay_room_idx ON shelter_stay (room_id, checked_in_at DESC);
CREATE INDEX shelter_stay_case_idx ON shelter_stay (case_id, checked_in_at DESC);
