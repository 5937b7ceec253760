-- A club's outreach and livelihood counselling (DOMAIN.md "OutreachWorker", "LivelihoodCounselling").
-- An outreach contact keeps the minimum about a person at risk: an alias (initials or a nickname),
-- sex, age band (CTDC's bands), commune, group, what was said and the leaflets given; a full name
-- and a phone only after the person's consent. Alias, name, phone and what was said are encrypted.
CREATE TABLE club_outreach_contact (
    id                uuid PRIMARY KEY,
    club_id           uuid         NOT NULL REFERENCES organization (id),
    contacted_on      date         NOT NULL,
    worker_seat_id    uuid REFERENCES club_board_seat (id),
    recorded_by_name  varchar(200) NOT NULL,
    alias_enc         text         NOT NULL,
    sex               varchar(10)  NOT NULL,
    age_band          varchar(20)  NOT NULL,
    place_code        varchar(10)  REFERENCES place (code),
    target_group      varchar(40)  NOT NULL,
    topics            text[]       NOT NULL DEFAULT '{}',
    said_enc          text,
    leaflets          int          NOT NULL DEFAULT 0 CHECK (leaflets >= 0),
    consent_given_on  date,
    consent_given_by  varchar(20),
    full_name_enc     text,
    phone_enc         text,
    invited_on        date,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK ((consent_given_on IS NULL) = (consent_given_by IS NULL)),
    CHECK (consent_given_on IS NOT NULL OR (full_name_enc IS NULL AND phone_enc IS NULL))
);
CREATE INDEX club_outreach_contact_club_idx ON club_outreach_contact (club_id, contacted_on DESC);

CREATE TABLE club_counselling (
    id              uuid PRIMARY KEY,
    club_id         uuid         NOT NULL REFERENCES organization (id),
    member_id       uuid         NOT NULL REFERENCES club_member (id),
    counselled_on   date         NOT NULL,
    topic           varchar(40)  NOT NULL,
    note_enc        text,
    follow_up_on    date,
    followed_up_on  date,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CHECK (follow_up_on IS NULL OR follow_up_on >= counselled_on)
);
CREATE INDEX club_counselling_club_idx ON club_counselling (club_id, counselled_on DESC);
CREATE INDEX club_counselling_follow_up_idx ON club_counselling (club_id, follow_up_on) WHERE followed_up_on IS NULL;
