-- Plans and indicators (issue 14). An indicator is data: a numerator and an optional
-- denominator, each a count of one report of the catalog (report/ReportCatalog) over the records
-- whose dimensions take the listed values, e.g. {"report":"verification","where":{"outcome":["ON_TIME"]}}.
-- A plan of an organization sets targets per indicator x place x period; actuals are counted
-- from the records whenever they are read, so nothing here holds personal data.
CREATE TABLE indicator (
    id                 uuid PRIMARY KEY,
    code               varchar(40)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_vi            varchar(300)  NOT NULL,
    name_en            varchar(300)  NOT NULL,
    description        varchar(2000),
    unit               varchar(10)   NOT NULL CHECK (unit IN ('COUNT', 'PERCENT')),
    direction          varchar(20)   NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    numerator          jsonb         NOT NULL,
    denominator        jsonb,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CHECK (unit = 'COUNT' OR denominator IS NOT NULL)
);

CREATE TABLE plan (
    id                 uuid PRIMARY KEY,
    organization_id    uuid          NOT NULL REFERENCES organization (id),
    reference          varchar(100),
    title              varchar(500)  NOT NULL,
    place_code         varchar(10)   NOT NULL REFERENCES place (code),
    year               int           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    adopted_on         date,
    note               varchar(2000),
    version            bigint        NOT NULL DEFAULT 0,
    created_by_name    varchar(200)  NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);
CREATE INDEX plan_organization_idx ON plan (organization_id, year DESC);

CREATE TABLE plan_target (
    id                 uuid PRIMARY KEY,
    plan_id            uuid          NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    indicator_id       uuid          NOT NULL REFERENCES indicator (id),
    place_code         varchar(10)   NOT NULL REFERENCES place (code),
    period             varchar(30)   NOT NULL,
    target             numeric(14,2) NOT NULL CHECK (target >= 0),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    UNIQUE (plan_id, indicator_id, place_code, period)
);
CREATE INDEX plan_target_indicator_idx ON plan_target (indicator_id);

-- The indicators of the national programme's targets (Decision 193/QĐ-TTg and the provinces'
-- plans that follow it): every received person verified within 3 days, every identified victim
-- supported, every officer trained, residents (women and children first) reached, clubs meeting.
INSERT INTO indicator (id, code, name_vi, name_en, description, unit, direction, numerator, denominator, created_at, updated_at) VALUES
 ('00000000-0000-4000-e000-000000000001', 'VERIFIED_WITHIN_3_DAYS',
  'Tỷ lệ người được tiếp nhận được xác minh trong 3 ngày', 'Received persons verified within 3 days',
  'Cases whose verification ended by its deadline, of the cases whose verification ended or is overdue (those still within their 3 days are not counted yet).',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"verification","where":{"outcome":["ON_TIME"]}}', '{"report":"verification","where":{"outcome":["ON_TIME","LATE","OVERDUE"]}}', now(), now()),
 ('00000000-0000-4000-e000-000000000002', 'IDENTIFIED_VICTIMS_SUPPORTED',
  'Tỷ lệ nạn nhân được xác định được hưởng chế độ hỗ trợ', 'Identified victims who received a support',
  'Victims identified in the period who have at least one support under the law delivered, of all victims identified in the period.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"victims-identified","where":{"supported":["YES"]}}', '{"report":"victims-identified","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000003', 'OFFICERS_TRAINED',
  'Tỷ lệ cán bộ làm công tác hỗ trợ nạn nhân được tập huấn', 'Officers working on victim support who were trained',
  'Officers trained in the period (named participants who attended, and participants counted by unit), of the staff roster.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"trainings","where":{}}', '{"report":"staff-roster","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000004', 'RESIDENTS_REACHED',
  'Tỷ lệ người dân được tiếp cận thông tin phòng, chống mua bán người', 'Residents reached by information',
  'People the information campaigns reached in the period, of the residents last recorded.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"people-reached","where":{}}', '{"report":"population","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000005', 'WOMEN_REACHED',
  'Tỷ lệ phụ nữ được tiếp cận thông tin', 'Women reached by information',
  'Women the information campaigns reached in the period, of the women residents last recorded.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"people-reached","where":{"sex":["FEMALE"]}}', '{"report":"population-women","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000006', 'CHILDREN_REACHED',
  'Tỷ lệ trẻ em được tiếp cận thông tin', 'Children reached by information',
  'Children the information campaigns reached in the period, of the children residents last recorded.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"people-reached","where":{"ageGroup":["CHILDREN"]}}', '{"report":"population-children","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000007', 'CLUB_MEETINGS_HELD',
  'Số buổi sinh hoạt câu lạc bộ', 'Club meetings held',
  'Meetings the clubs held in the period (every club meets monthly: twelve a year per club).',
  'COUNT', 'HIGHER_IS_BETTER', '{"report":"club-meetings","where":{}}', NULL, now(), now()),
 ('00000000-0000-4000-e000-000000000008', 'HOTLINE_ANSWERED_ON_TIME',
  'Tỷ lệ cuộc gọi đường dây nóng được phản hồi đúng hạn', 'Hotline contacts answered on time',
  'Contacts answered by the deadline of their urgency, of the contacts answered or overdue.',
  'PERCENT', 'HIGHER_IS_BETTER',
  '{"report":"hotline-contacts","where":{"response":["ON_TIME"]}}', '{"report":"hotline-contacts","where":{"response":["ON_TIME","LATE","OVERDUE"]}}', now(), now()),
 ('00000000-0000-4000-e000-000000000009', 'REFERRALS_OVERDUE',
  'Tỷ lệ chuyển tuyến quá hạn trả lời', 'Referrals not answered by their deadline',
  'Referrals answered late or still unanswered past their deadline, of the referrals sent in the period.',
  'PERCENT', 'LOWER_IS_BETTER',
  '{"report":"referrals","where":{"answer":["LATE","OVERDUE"]}}', '{"report":"referrals","where":{}}', now(), now()),
 ('00000000-0000-4000-e000-000000000010', 'CASES_RECEIVED',
  'Số người được tiếp nhận', 'Persons received',
  'Persons received in the period (one per case).',
  'COUNT', 'HIGHER_IS_BETTER', '{"report":"cases-received","where":{}}', NULL, now(), now());
