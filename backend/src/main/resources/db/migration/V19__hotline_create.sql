-- Hotline: the lines an organization answers (data, managed by admins), the category taxonomy,
-- tickets (one contact each) with their history, callbacks, and flags on a caller's number.

CREATE TABLE hotline_line (
    id              uuid PRIMARY KEY,
    code            varchar(40)  NOT NULL UNIQUE,
    number          varchar(20)  NOT NULL,
    name_vi         varchar(200) NOT NULL,
    name_en         varchar(200) NOT NULL,
    organization_id uuid         NOT NULL REFERENCES organization (id),
    hours           varchar(100) NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);

-- The taxonomy is national data: every installation starts with it; admins may add codes.
CREATE TABLE hotline_category (
    code       varchar(40)  PRIMARY KEY,
    name_vi    varchar(200) NOT NULL,
    name_en    varchar(200) NOT NULL,
    -- The key an operator presses in the call form (with Alt) to tick the category.
    shortcut   varchar(1)   UNIQUE,
    position   int          NOT NULL,
    active     boolean      NOT NULL DEFAULT true
);

INSERT INTO hotline_category (code, name_vi, name_en, shortcut, position) VALUES
 ('TRAFFICKING_SUSPECTED',   'Nghi mua bán người',                       'Trafficking suspected',           '1', 1),
 ('LABOUR_MIGRATION_ADVICE', 'Tư vấn di cư lao động, xuất khẩu lao động', 'Labour migration advice',         '2', 2),
 ('MISSING_PERSON',          'Tìm người mất tích',                       'Missing person',                  '3', 3),
 ('RETURNED_VICTIM_SUPPORT', 'Hỗ trợ nạn nhân trở về',                   'Returned victim support',         '4', 4),
 ('DOMESTIC_VIOLENCE',       'Bạo lực gia đình',                         'Domestic violence',               '5', 5),
 ('CHILD_ABUSE',             'Xâm hại, bạo lực trẻ em',                  'Child abuse',                     '6', 6),
 ('ONLINE_SCAM_RECRUITMENT', 'Tuyển dụng lừa đảo trên mạng',             'Online scam recruitment',         '7', 7),
 ('FORCED_MARRIAGE',         'Kết hôn cưỡng ép, môi giới hôn nhân',      'Forced or brokered marriage',     '8', 8),
 ('INFORMATION_REQUEST',     'Hỏi thông tin, chính sách',                'Information request',             '9', 9),
 ('OTHER',                   'Khác',                                     'Other',                           '0', 10);

CREATE SEQUENCE hotline_ticket_number_seq INCREMENT BY 50;

CREATE TABLE hotline_ticket (
    id                    uuid PRIMARY KEY,
    -- Shown as HL-<number>: from a sequence, so that logging calls never waits on a counter row.
    number                bigint       NOT NULL UNIQUE,
    organization_id       uuid         NOT NULL REFERENCES organization (id),
    line_id               uuid         NOT NULL REFERENCES hotline_line (id),
    channel               varchar(20)  NOT NULL,
    direction             varchar(10)  NOT NULL,
    status                varchar(20)  NOT NULL,
    urgency               varchar(20)  NOT NULL,
    -- For ordering the console: the most urgent first.
    urgency_rank          smallint     NOT NULL GENERATED ALWAYS AS (CASE urgency WHEN 'EMERGENCY' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END) STORED,
    started_at            timestamptz  NOT NULL,
    ended_at              timestamptz,
    response_due_at       timestamptz  NOT NULL,
    responded_at          timestamptz,
    caller_anonymous      boolean      NOT NULL,
    caller_name_enc       text,
    caller_phone_enc      text,
    -- Keyed hash of the normalised number: finds the caller's earlier contacts without decrypting.
    caller_phone_index    varchar(64),
    caller_relation       varchar(30),
    caller_place_code     varchar(10),
    concerned_name_enc    text,
    concerned_sex         varchar(10),
    concerned_age         smallint,
    concerned_place_code  varchar(10),
    concerned_country     varchar(2),
    categories            varchar(40)[] NOT NULL,
    summary_enc           text,
    actions               varchar(40)[] NOT NULL,
    outcome               varchar(30),
    outcome_note_enc      text,
    assigned_subject      varchar(100),
    assigned_name         varchar(200),
    case_id               uuid REFERENCES case_file (id),
    case_number           varchar(40),
    referral_id           uuid REFERENCES referral (id),
    escalated_at          timestamptz,
    resolved_at           timestamptz,
    closed_at             timestamptz,
    deidentified_at       timestamptz,
    created_by_subject    varchar(100) NOT NULL,
    created_by_name       varchar(200) NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0,
    CONSTRAINT hotline_ticket_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- Console: open tickets, most urgent and nearest deadline first; mine; today's counts.
CREATE INDEX hotline_ticket_open_idx ON hotline_ticket (organization_id, urgency_rank, response_due_at, id)
    WHERE status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS');
CREATE INDEX hotline_ticket_mine_idx ON hotline_ticket (assigned_subject, urgency_rank, response_due_at)
    WHERE status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS');
CREATE INDEX hotline_ticket_started_idx ON hotline_ticket (organization_id, started_at DESC, id DESC);
CREATE INDEX hotline_ticket_status_idx ON hotline_ticket (organization_id, status, started_at DESC);
CREATE INDEX hotline_ticket_caller_idx ON hotline_ticket (caller_phone_index, started_at DESC) WHERE caller_phone_index IS NOT NULL;
CREATE INDEX hotline_ticket_case_idx ON hotline_ticket (case_id) WHERE case_id IS NOT NULL;
-- Retention: contacts never escalated, waiting to be de-identified.
CREATE INDEX hotline_ticket_retention_idx ON hotline_ticket (started_at)
    WHERE deidentified_at IS NULL AND case_id IS NULL AND referral_id IS NULL;

CREATE TABLE hotline_ticket_event (
    id             bigserial PRIMARY KEY,
    ticket_id      uuid         NOT NULL REFERENCES hotline_ticket (id),
    occurred_at    timestamptz  NOT NULL,
    type           varchar(30)  NOT NULL,
    status         varchar(20)  NOT NULL,
    actor_subject  varchar(100) NOT NULL,
    actor_name     varchar(200) NOT NULL,
    note_enc       text,
    params         jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX hotline_ticket_event_ticket_idx ON hotline_ticket_event (ticket_id, id);

CREATE TABLE hotline_callback (
    id                uuid PRIMARY KEY,
    ticket_id         uuid         NOT NULL REFERENCES hotline_ticket (id),
    organization_id   uuid         NOT NULL REFERENCES organization (id),
    due_at            timestamptz  NOT NULL,
    note_enc          text,
    status            varchar(20)  NOT NULL,
    result_note_enc   text,
    done_at           timestamptz,
    scheduled_by_name varchar(200) NOT NULL,
    done_by_name      varchar(200),
    created_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX hotline_callback_ticket_idx ON hotline_callback (ticket_id, due_at);
CREATE INDEX hotline_callback_due_idx ON hotline_callback (organization_id, due_at) WHERE status = 'SCHEDULED';

CREATE TABLE hotline_caller_flag (
    id              uuid PRIMARY KEY,
    organization_id uuid         NOT NULL REFERENCES organization (id),
    phone_index     varchar(64)  NOT NULL,
    kind            varchar(30)  NOT NULL,
    note_enc        text,
    expires_at      timestamptz  NOT NULL,
    created_by_name varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    lifted_at       timestamptz,
    lifted_by_name  varchar(200)
);
CREATE INDEX hotline_caller_flag_phone_idx ON hotline_caller_flag (organization_id, phone_index, expires_at) WHERE lifted_at IS NULL;
