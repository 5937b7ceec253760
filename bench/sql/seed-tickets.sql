-- Tops the hotline tickets up to :target (psql variable) for bench/hotline.sh: five years of
-- contacts on the Social Work Centre's two lines, spread evenly (a million is about 550 a day).
-- Names, number and summary are the values bench/hotline.sh sealed in the form that opens in any
-- row (:'caller', :'phone', :'concerned', :'summary'): a ciphertext copied from another row would
-- not open. Each generated contact gets a random phone index of its own. Old contacts are
-- closed, resolved or escalated; the last three days' are partly still open, some overdue.
\set ON_ERROR_STOP on
BEGIN;
SELECT count(*) AS have FROM hotline_ticket \gset
CREATE TEMP TABLE gen ON COMMIT DROP AS
SELECT g, gen_random_uuid() AS id,
       (ARRAY['00000000-0000-4000-c000-000000000001','00000000-0000-4000-c000-000000000001','00000000-0000-4000-c000-000000000002'])[1 + floor(random() * 3)::int]::uuid AS line,
       (ARRAY['PHONE','PHONE','PHONE','PHONE','ZALO','FACEBOOK','SMS','WALK_IN'])[1 + floor(random() * 8)::int] AS channel,
       (ARRAY['EMERGENCY','HIGH','HIGH','NORMAL','NORMAL','NORMAL','NORMAL','LOW'])[1 + floor(random() * 8)::int] AS urgency,
       (ARRAY['TRAFFICKING_SUSPECTED','LABOUR_MIGRATION_ADVICE','MISSING_PERSON','RETURNED_VICTIM_SUPPORT','DOMESTIC_VIOLENCE',
              'CHILD_ABUSE','ONLINE_SCAM_RECRUITMENT','INFORMATION_REQUEST','OTHER'])[1 + floor(random() * 9)::int] AS category,
       now() - random() * interval '1825 days' AS started_at,
       random() AS r,
       md5(random()::text) || md5(random()::text) AS phone_index
FROM generate_series(1, greatest(:target - :have, 0)) g;
ALTER TABLE gen ADD COLUMN status text;
UPDATE gen SET status = CASE
    WHEN started_at > now() - interval '3 days' THEN (ARRAY['NEW','TRIAGED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED','ESCALATED'])[1 + floor(r * 7)::int]
    WHEN r < 0.85 THEN 'CLOSED' WHEN r < 0.95 THEN 'RESOLVED' ELSE 'ESCALATED' END;
INSERT INTO hotline_ticket (id, number, organization_id, line_id, channel, direction, status, urgency, started_at, ended_at,
                            response_due_at, responded_at, caller_anonymous, caller_name_enc, caller_phone_enc, caller_phone_index,
                            caller_relation, caller_place_code, concerned_name_enc, concerned_sex, concerned_age, concerned_place_code,
                            categories, summary_enc, actions, outcome, assigned_subject, assigned_name, escalated_at, resolved_at, closed_at,
                            created_by_subject, created_by_name, created_at, updated_at, version)
SELECT g.id, nextval('hotline_ticket_number_seq'), '00000000-0000-4000-a000-000000000001', g.line, g.channel, 'INBOUND', g.status, g.urgency,
       g.started_at, g.started_at + interval '6 minutes',
       g.started_at + CASE g.urgency WHEN 'EMERGENCY' THEN interval '15 minutes' WHEN 'HIGH' THEN interval '2 hours'
                                     WHEN 'NORMAL' THEN interval '24 hours' ELSE interval '72 hours' END,
       CASE WHEN g.status IN ('IN_PROGRESS','RESOLVED','CLOSED','ESCALATED') THEN g.started_at + interval '10 minutes' END,
       g.r < 0.1, CASE WHEN g.r >= 0.1 THEN :'caller' END, CASE WHEN g.r >= 0.1 THEN :'phone' END, CASE WHEN g.r >= 0.1 THEN g.phone_index END,
       'PARENT', '06685', :'concerned', 'FEMALE', 12 + floor(g.r * 20)::int, '06685',
       ARRAY[g.category]::varchar(40)[], :'summary', '{COUNSELLING}'::varchar(40)[],
       CASE WHEN g.status IN ('RESOLVED','CLOSED') THEN 'ADVICE_GIVEN' END,
       CASE WHEN g.status NOT IN ('NEW','TRIAGED') THEN 'bench-generator' END, CASE WHEN g.status NOT IN ('NEW','TRIAGED') THEN 'Bench generator' END,
       CASE WHEN g.status = 'ESCALATED' THEN g.started_at + interval '20 minutes' END,
       CASE WHEN g.status IN ('RESOLVED','CLOSED') THEN g.started_at + interval '30 minutes' END,
       CASE WHEN g.status = 'CLOSED' THEN g.started_at + interval '1 day' END,
       'bench-generator', 'Bench generator', g.started_at, g.started_at, 0
FROM gen g;
COMMIT;
ANALYZE hotline_ticket;
SELECT count(*) AS tickets_now, count(*) FILTER (WHERE status IN ('NEW','TRIAGED','ASSIGNED','IN_PROGRESS')) AS open_now FROM hotline_ticket;
