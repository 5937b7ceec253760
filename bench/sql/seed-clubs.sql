-- Bench data for the province overview: clubs of Quảng Ninh up to :target (100 by default)
-- beside the five demo clubs, each with 30 members (names sealed once, :'name') and five years
-- of monthly meetings held on the 10th. Ids in their own range, so reruns only top up.
INSERT INTO organization (id, name_vi, name_en, kind, status, place_code, hotlines, version, created_at, updated_at)
SELECT ('00000000-0000-4000-e000-' || lpad(n::text, 12, '0'))::uuid, 'Câu lạc bộ thử tải ' || lpad(n::text, 3, '0'), NULL, 'CLUB', 'ACTIVE',
       '06685', '{}', 0, now(), now()
FROM generate_series(1, :target) AS n
ON CONFLICT DO NOTHING;

INSERT INTO club (organization_id, place_code, province_code, board_seats, version, created_at, updated_at)
SELECT ('00000000-0000-4000-e000-' || lpad(n::text, 12, '0'))::uuid, '06685', '22', 5, 0, now(), now()
FROM generate_series(1, :target) AS n
ON CONFLICT DO NOTHING;

INSERT INTO club_member (id, club_id, full_name_enc, sex, birth_year, target_group, joined_on, consent_given_on, consent_given_by, created_at, updated_at)
SELECT gen_random_uuid(), c.organization_id, :'name', CASE WHEN i % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END, 1980 + i,
       (ARRAY['VICTIM','AT_RISK','PROSPECTIVE_MIGRANT_WORKER','RELATIVE_OF_VICTIM','SOCIAL_WORK_COLLABORATOR'])[1 + i % 5],
       DATE '2021-01-01', DATE '2021-01-01', 'SELF', now(), now()
FROM club c CROSS JOIN generate_series(1, 30) AS i
WHERE c.organization_id::text LIKE '00000000-0000-4000-e000-%'
  AND NOT EXISTS (SELECT 1 FROM club_member m WHERE m.club_id = c.organization_id);

INSERT INTO club_meeting (id, club_id, meeting_date, status, place, topics, version, created_at, updated_at)
SELECT gen_random_uuid(), c.organization_id, (date_trunc('month', now()) - make_interval(months => k) + interval '9 days')::date,
       'HELD', 'Nhà văn hóa', '{SAFE_MIGRATION}', 0, now(), now()
FROM club c CROSS JOIN generate_series(1, 60) AS k
WHERE c.organization_id::text LIKE '00000000-0000-4000-e000-%'
ON CONFLICT (club_id, meeting_date) DO NOTHING;
