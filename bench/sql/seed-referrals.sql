-- Tops the referrals up to :target (psql variable) for bench/referrals.sh: the Social Work
-- Centre's cases referred to six organizations, Blue Dragon and World Vision the busiest, over
-- the last five years. The reason is the value bench/referrals.sh sealed in the form that opens in
-- any row (:'reason', :'decline', :'cancel'): a ciphertext copied from another row would not open. Old referrals
-- have ended (completed, declined, cancelled); recent ones are still waiting, accepted or in
-- progress, and some are overdue. Needs at least one case of the centre.
\set ON_ERROR_STOP on
BEGIN;
SELECT count(*) AS have FROM referral \gset
CREATE TEMP TABLE cases ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, case_number FROM case_file
WHERE organization_id = '00000000-0000-4000-a000-000000000001' LIMIT 20000;
SELECT count(*) AS ncases FROM cases \gset
CREATE TEMP TABLE gen ON COMMIT DROP AS
SELECT g, gen_random_uuid() AS id, g % :ncases AS c,
       (ARRAY['00000000-0000-4000-a000-000000000011','00000000-0000-4000-a000-000000000011','00000000-0000-4000-a000-000000000011',
              '00000000-0000-4000-a000-000000000012','00000000-0000-4000-a000-000000000012',
              '00000000-0000-4000-a000-000000000005','00000000-0000-4000-a000-000000000003',
              '00000000-0000-4000-a000-000000000013','00000000-0000-4000-a000-000000000002'])[1 + floor(random() * 9)::int]::uuid AS receiver,
       (ARRAY['LEGAL_AID','MEDICAL','PSYCHOLOGICAL','SHELTER_STAY','VOCATIONAL_AND_JOB','COUNSELLING'])[1 + floor(random() * 6)::int] AS service_type,
       (ARRAY['ROUTINE','ROUTINE','ROUTINE','URGENT','EMERGENCY'])[1 + floor(random() * 5)::int] AS urgency,
       now() - random() * random() * interval '1825 days' AS created_at,
       random() AS r
FROM generate_series(1, greatest(:target - :have, 0)) g;
ALTER TABLE gen ADD COLUMN status text;
UPDATE gen SET status = CASE
    WHEN created_at > now() - interval '2 days' THEN (ARRAY['DRAFT','SENT','SENT','ACCEPTED','IN_PROGRESS'])[1 + floor(r * 5)::int]
    WHEN created_at > now() - interval '60 days' THEN (ARRAY['SENT','ACCEPTED','IN_PROGRESS','IN_PROGRESS','COMPLETED','DECLINED'])[1 + floor(r * 6)::int]
    WHEN r < 0.8 THEN 'COMPLETED' WHEN r < 0.93 THEN 'DECLINED' ELSE 'CANCELLED' END;
INSERT INTO referral (id, case_id, case_number, sender_organization_id, receiver_organization_id, service_type, urgency,
                      reason_enc, shared_field_groups, status, answer_due_at, sent_at, answered_at, completed_at,
                      decline_reason_enc, outcome, cancel_reason_enc, created_by_subject, created_by_name, created_at, updated_at, version)
SELECT g.id, k.id, k.case_number, '00000000-0000-4000-a000-000000000001', g.receiver, g.service_type, g.urgency,
       :'reason', '{IDENTITY}', g.status,
       CASE WHEN g.status <> 'DRAFT' THEN g.created_at + interval '1 hour'
            + CASE g.urgency WHEN 'EMERGENCY' THEN interval '4 hours' WHEN 'URGENT' THEN interval '24 hours' ELSE interval '5 days' END END,
       CASE WHEN g.status <> 'DRAFT' THEN g.created_at + interval '1 hour' END,
       CASE WHEN g.status IN ('ACCEPTED','IN_PROGRESS','COMPLETED','DECLINED') THEN g.created_at + interval '5 hours' END,
       CASE WHEN g.status = 'COMPLETED' THEN g.created_at + interval '20 days' END,
       CASE WHEN g.status = 'DECLINED' THEN :'decline' END,
       CASE WHEN g.status = 'COMPLETED' THEN (ARRAY['SERVICE_PROVIDED','SERVICE_PROVIDED','PARTIALLY','NOT_PROVIDED'])[1 + floor(g.r * 4)::int] END,
       CASE WHEN g.status = 'CANCELLED' THEN :'cancel' END,
       'bench-generator', 'Bench generator', g.created_at, g.created_at, 0
FROM gen g JOIN cases k ON k.i = g.c;
COMMIT;
ANALYZE referral;
SELECT count(*) AS referrals_now FROM referral;
