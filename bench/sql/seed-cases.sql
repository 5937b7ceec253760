-- Tops an organization's cases up to :target (psql variables: org, target) for bench/case-list.sh.
-- Generated people take their sex, nationality and home place from up to 500 cases already there;
-- their name, narrative and place found are the values bench/case-list.sh sealed in the form that
-- opens in any row (:'name_v1', :'narrative_v1', :'place_v1'), since a ciphertext copied from
-- another row would not open; no plaintext or key passes through SQL. Their ID numbers, birth
-- dates and duplicate indexes are left empty so they never show up as duplicates. Numbers
-- continue each year's counter of the organization; statuses, categories, channels and receipt
-- times (the last ten years) are spread at random.
\set ON_ERROR_STOP on
BEGIN;
SELECT count(*) AS have FROM case_file WHERE organization_id = :'org' \gset
CREATE TEMP TABLE src ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY c.id) - 1 AS i, p.full_name_enc, p.full_name_index, p.sex, p.birth_date_enc,
       p.nationality, p.stateless, p.home_place_code, c.narrative_enc, c.place_found_description_enc, c.category
FROM case_file c JOIN person p ON p.id = c.person_id
WHERE c.organization_id = :'org'
LIMIT 500;
SELECT count(*) AS sources, count(*) > 0 AS has_sources FROM src \gset
\if :has_sources
\else
  \echo 'the organization has no case to copy from: create one intake first'
  \quit
\endif
CREATE TEMP TABLE gen ON COMMIT DROP AS
SELECT g AS n, gen_random_uuid() AS person_id, gen_random_uuid() AS case_id, g % :sources AS src,
       now() - random() * interval '3650 days' AS received_at,
       (ARRAY['POLICE_HANDOVER','BORDER_GUARD_HANDOVER','HOTLINE','NGO','OUTREACH','REPATRIATION_FROM_ABROAD'])[1 + floor(random() * 6)::int] AS channel,
       random() AS r
FROM generate_series(1, greatest(:target - :have, 0)) g;
-- Statuses as a real register ages: new cases wait for verification, older ones are supported,
-- handed over and followed up, and most cases older than a year are closed.
ALTER TABLE gen ADD COLUMN yr int, ADD COLUMN status text;
UPDATE gen SET yr = extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh'),
    status = CASE
        WHEN received_at > now() - interval '3 days' THEN (ARRAY['OPEN','UNDER_VERIFICATION'])[1 + floor(r * 2)::int]
        WHEN received_at > now() - interval '30 days' THEN (ARRAY['UNDER_VERIFICATION','IDENTIFIED','NOT_IDENTIFIED','SUPPORTING'])[1 + floor(r * 4)::int]
        WHEN received_at > now() - interval '365 days' THEN (ARRAY['SUPPORTING','HANDED_OVER','FOLLOW_UP','CLOSED'])[1 + floor(r * 4)::int]
        WHEN r < 0.85 THEN 'CLOSED' WHEN r < 0.95 THEN 'FOLLOW_UP' ELSE 'HANDED_OVER' END;
CREATE TEMP TABLE numbered ON COMMIT DROP AS
SELECT gen.*, coalesce(k.last_value, 0) + row_number() OVER (PARTITION BY gen.yr ORDER BY gen.received_at) AS number
FROM gen LEFT JOIN case_number_counter k ON k.organization_id = :'org' AND k.year = gen.yr;

-- The CTDC age band reports count by is spread over the bands (no birth date is generated).
INSERT INTO person (id, full_name_enc, full_name_index, sex, birth_date_enc, nationality, stateless, id_document_type,
                    home_place_code, languages, created_at, age_band)
SELECT n.person_id, :'name_v1', s.full_name_index, s.sex, NULL, s.nationality, s.stateless, 'NONE',
       s.home_place_code, '{vi}', n.received_at,
       (ARRAY['AGE_9_17','AGE_18_20','AGE_21_23','AGE_24_26','AGE_27_29','AGE_30_38','AGE_39_47','AGE_48_PLUS','UNKNOWN'])[1 + floor(n.r * 9)::int]
FROM numbered n JOIN src s ON s.i = n.src;

INSERT INTO case_file (id, case_number, organization_id, person_id, status, category, channel, received_at,
                       place_found_description_enc, narrative_enc, verification_due_at, verified_at, created_by_subject,
                       version, created_at, updated_at)
SELECT n.case_id,
       coalesce((SELECT case_prefix FROM organization WHERE id = :'org'), 'SR') || '-' || n.yr || '-' || lpad(n.number::text, 6, '0'),
       :'org', n.person_id, n.status, s.category, n.channel, n.received_at, :'place_v1', :'narrative_v1',
       n.received_at + interval '3 days',
       -- Verification ended within five days for every case past it: about three in five on time.
       CASE WHEN n.status NOT IN ('OPEN', 'UNDER_VERIFICATION') THEN n.received_at + n.r * interval '5 days' END,
       'bench-generator', 0, n.received_at, n.received_at
FROM numbered n JOIN src s ON s.i = n.src;

INSERT INTO case_number_counter (organization_id, year, last_value)
SELECT :'org', yr, max(number) FROM numbered GROUP BY yr
ON CONFLICT (organization_id, year) DO UPDATE SET last_value = greatest(case_number_counter.last_value, excluded.last_value);
COMMIT;
ANALYZE person;
ANALYZE case_file;
SELECT count(*) AS cases_now FROM case_file WHERE organization_id = :'org';
