-- DEMO DATA, dev and test only (never in production): the five ward clubs of Hạ Long founded by
-- decision 471/QĐ-LĐTBXH of the provincial labour department (15 April 2022), with the head and
-- deputy head of each board (staff of the ward Women's Union) and a year of monthly meetings on
-- the first day of each month: held until last month, planned from this month on. Tuần Châu missed
-- the meeting four months ago. Members (names encrypted) and attendance are added at start by
-- club.ClubDemoData. Loaded after directory.sql; ON CONFLICT keeps edits made in a running demo.
INSERT INTO club (organization_id, place_code, province_code, founded_place_name, founded_place_code, decision_number, decision_date,
                  decision_issuer, sponsor_organization_id, board_seats, version, created_at, updated_at) VALUES
 ('00000000-0000-4000-a000-000000000006', '06685', '22', 'Phường Hồng Gai, thành phố Hạ Long', NULL, '471/QĐ-LĐTBXH', '2022-04-15',
  'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh', '00000000-0000-4000-a000-000000000005', 5, 0, now(), now()),
 ('00000000-0000-4000-a000-000000000007', '06685', '22', 'Phường Bạch Đằng, thành phố Hạ Long', NULL, '471/QĐ-LĐTBXH', '2022-04-15',
  'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh', '00000000-0000-4000-a000-000000000005', 5, 0, now(), now()),
 ('00000000-0000-4000-a000-000000000008', '06658', '22', 'Phường Cao Xanh, thành phố Hạ Long', NULL, '471/QĐ-LĐTBXH', '2022-04-15',
  'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh', '00000000-0000-4000-a000-000000000005', 5, 0, now(), now()),
 ('00000000-0000-4000-a000-000000000009', '06673', '22', 'Phường Hùng Thắng, thành phố Hạ Long', NULL, '471/QĐ-LĐTBXH', '2022-04-15',
  'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh', '00000000-0000-4000-a000-000000000005', 5, 0, now(), now()),
 ('00000000-0000-4000-a000-000000000010', '06706', '22', 'Phường Tuần Châu, thành phố Hạ Long', NULL, '471/QĐ-LĐTBXH', '2022-04-15',
  'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh', '00000000-0000-4000-a000-000000000005', 5, 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO club_board_seat (id, club_id, role, member_id, staff_name, from_date, to_date, created_at) VALUES
 ('00000000-0000-4000-d000-000000000061', '00000000-0000-4000-a000-000000000006', 'HEAD', NULL, 'Đỗ Thị Mai', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000062', '00000000-0000-4000-a000-000000000006', 'DEPUTY_HEAD', NULL, 'Trần Thị Liên', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000071', '00000000-0000-4000-a000-000000000007', 'HEAD', NULL, 'Vũ Thị Hằng', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000072', '00000000-0000-4000-a000-000000000007', 'DEPUTY_HEAD', NULL, 'Phạm Thị Oanh', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000081', '00000000-0000-4000-a000-000000000008', 'HEAD', NULL, 'Ngô Thị Thu', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000082', '00000000-0000-4000-a000-000000000008', 'DEPUTY_HEAD', NULL, 'Lương Thị Vân', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000091', '00000000-0000-4000-a000-000000000009', 'HEAD', NULL, 'Bùi Thị Hoa', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000092', '00000000-0000-4000-a000-000000000009', 'DEPUTY_HEAD', NULL, 'Hoàng Thị Yến', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000101', '00000000-0000-4000-a000-000000000010', 'HEAD', NULL, 'Đặng Thị Nga', '2022-04-15', NULL, now()),
 ('00000000-0000-4000-d000-000000000102', '00000000-0000-4000-a000-000000000010', 'DEPUTY_HEAD', NULL, 'Mai Thị Hường', '2022-04-15', NULL, now())
ON CONFLICT DO NOTHING;

INSERT INTO club_meeting (id, club_id, meeting_date, status, place, topics, minutes_enc, version, created_at, updated_at)
SELECT gen_random_uuid(), c.id, (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + make_interval(months => m))::date,
       CASE WHEN m < 0 THEN 'HELD' ELSE 'PLANNED' END, c.place,
       CASE WHEN m >= 0 THEN ARRAY['SAFE_MIGRATION']
            WHEN (m + 12) % 3 = 0 THEN ARRAY['LAW_AND_POLICY', 'RECOGNISING_TRAFFICKING']
            WHEN (m + 12) % 3 = 1 THEN ARRAY['SAFE_MIGRATION', 'SUPPORT_SERVICES']
            ELSE ARRAY['LIVELIHOOD', 'SAFE_MIGRATION'] END,
       NULL, 0, now(), now()
FROM (VALUES ('00000000-0000-4000-a000-000000000006'::uuid, 'Nhà văn hóa khu 3, phường Hồng Gai', 99),
             ('00000000-0000-4000-a000-000000000007'::uuid, 'Nhà văn hóa khu 5, khu vực Bạch Đằng', 99),
             ('00000000-0000-4000-a000-000000000008'::uuid, 'Hội trường UBND phường Cao Xanh', 99),
             ('00000000-0000-4000-a000-000000000009'::uuid, 'Nhà văn hóa khu 2, khu vực Hùng Thắng', 99),
             ('00000000-0000-4000-a000-000000000010'::uuid, 'Nhà văn hóa khu 1, phường Tuần Châu', -4)) AS c(id, place, skip)
CROSS JOIN generate_series(-12, 2) AS m
WHERE m <> c.skip
ON CONFLICT (club_id, meeting_date) DO NOTHING;
