-- Ward clubs for preventing trafficking and supporting victims (DOMAIN.md "Club"). A club is a
-- directory organization of kind CLUB; club holds what only clubs have: the ward it belongs to now
-- and the one it was founded in (before the 2025 reform; kept as recorded, so not a place code of
-- today's list), its founding decision, its sponsor and how many board seats its rules allow.
-- Members' names and phones, and meeting minutes, are encrypted (FieldCipher, bound to the row).
CREATE TABLE club (
    organization_id         uuid PRIMARY KEY REFERENCES organization (id),
    place_code              varchar(10)  NOT NULL REFERENCES place (code),
    province_code           varchar(10)  NOT NULL REFERENCES place (code),
    founded_place_name      varchar(200),
    founded_place_code      varchar(10),
    decision_number         varchar(60),
    decision_date           date,
    decision_issuer         varchar(200),
    sponsor_organization_id uuid REFERENCES organization (id),
    board_seats             smallint     NOT NULL DEFAULT 5 CHECK (board_seats BETWEEN 1 AND 15),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL
);
CREATE INDEX club_province_idx ON club (province_code);

CREATE TABLE club_member (
    id                uuid PRIMARY KEY,
    club_id           uuid         NOT NULL REFERENCES organization (id),
    full_name_enc     text,
    sex               varchar(10)  NOT NULL,
    birth_year        smallint     CHECK (birth_year BETWEEN 1900 AND 2100),
    phone_enc         text,
    target_group      varchar(40)  NOT NULL,
    joined_on         date         NOT NULL,
    left_on           date,
    consent_given_on  date         NOT NULL,
    consent_given_by  varchar(20)  NOT NULL,
    erased_at         timestamptz,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on),
    CHECK (erased_at IS NOT NULL OR full_name_enc IS NOT NULL)
);
CREATE INDEX club_member_club_idx ON club_member (club_id, target_group);

CREATE TABLE club_board_seat (
    id          uuid PRIMARY KEY,
    club_id     uuid         NOT NULL REFERENCES organization (id),
    role        varchar(20)  NOT NULL,
    member_id   uuid REFERENCES club_member (id),
    staff_name  varchar(200),
    from_date   date         NOT NULL,
    to_date     date,
    created_at  timestamptz  NOT NULL,
    CHECK ((member_id IS NULL) <> (staff_name IS NULL)),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX club_board_seat_club_idx ON club_board_seat (club_id, from_date);

-- The topics a meeting may cover: a taxonomy kept as data, names in both languages.
CREATE TABLE club_meeting_topic (
    code      varchar(40)  PRIMARY KEY,
    name_vi   varchar(200) NOT NULL,
    name_en   varchar(200) NOT NULL,
    position  smallint     NOT NULL,
    active    boolean      NOT NULL DEFAULT true
);
INSERT INTO club_meeting_topic (code, name_vi, name_en, position) VALUES
    ('LAW_AND_POLICY', 'Pháp luật, chính sách', 'Law and policy', 1),
    ('SAFE_MIGRATION', 'Di cư an toàn, xuất khẩu lao động', 'Safe migration and labour export', 2),
    ('LIVELIHOOD', 'Sinh kế, khởi nghiệp', 'Livelihood and business start-up', 3),
    ('RECOGNISING_TRAFFICKING', 'Nhận biết thủ đoạn mua bán người', 'Recognising trafficking', 4),
    ('SUPPORT_SERVICES', 'Dịch vụ hỗ trợ nạn nhân', 'Support services', 5),
    ('OTHER', 'Khác', 'Other', 6);

CREATE TABLE club_meeting (
    id            uuid PRIMARY KEY,
    club_id       uuid         NOT NULL REFERENCES organization (id),
    meeting_date  date         NOT NULL,
    status        varchar(20)  NOT NULL,
    place         varchar(300),
    topics        text[]       NOT NULL DEFAULT '{}',
    minutes_enc   text,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT club_meeting_date_uq UNIQUE (club_id, meeting_date)
);

CREATE TABLE club_attendance (
    meeting_id  uuid        NOT NULL REFERENCES club_meeting (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL REFERENCES club_member (id),
    status      varchar(10) NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX club_attendance_member_idx ON club_attendance (member_id);

CREATE TABLE club_meeting_guest (
    meeting_id    uuid        NOT NULL REFERENCES club_meeting (id) ON DELETE CASCADE,
    sex           varchar(10) NOT NULL,
    target_group  varchar(40) NOT NULL,
    count         int         NOT NULL CHECK (count >= 0),
    PRIMARY KEY (meeting_id, sex, target_group)
);
