-- DEMO DATA, dev and test only (never in production): what Quảng Ninh's plans count against and
-- two of its campaigns. Populations are demo figures (marked so), not official statistics; the
-- 2022 training programme (30 classes, 2,700 officers of 3 districts and 30 communes) is recorded
-- as counts, and the October 2020 course for 34 delegates by name (names are encrypted, so
-- prevention.PreventionDemoData adds them). Fixed ids; ON CONFLICT keeps edits made in a running demo.
INSERT INTO commune_population (place_code, as_of, population, women, children, source, recorded_at) VALUES
 ('06685', '2025-07-01', 62000, 31400, 14100, 'Số liệu minh họa (demo)', now()),
 ('06658', '2025-07-01', 21000, 10700, 5200, 'Số liệu minh họa (demo)', now()),
 ('06673', '2025-07-01', 48000, 24300, 11000, 'Số liệu minh họa (demo)', now()),
 ('06706', '2025-07-01', 14000, 7000, 3500, 'Số liệu minh họa (demo)', now())
ON CONFLICT DO NOTHING;

INSERT INTO staff_roster (organization_id, staff_role, as_of, headcount, recorded_at) VALUES
 ('00000000-0000-4000-a000-000000000001', 'SOCIAL_WORKER', '2026-01-01', 24, now()),
 ('00000000-0000-4000-a000-000000000001', 'OTHER', '2026-01-01', 11, now()),
 ('00000000-0000-4000-a000-000000000005', 'WOMENS_UNION_OFFICER', '2026-01-01', 40, now())
ON CONFLICT DO NOTHING;

INSERT INTO training (id, organizer_organization_id, topic, starts_on, ends_on, classes, place_code, venue, funder, trainers, version, created_at, updated_at) VALUES
 ('00000000-0000-4000-f000-000000000001', '00000000-0000-4000-a000-000000000001',
  'Tập huấn phòng, chống mua bán người và hỗ trợ nạn nhân cho cán bộ cấp huyện, xã', '2022-04-01', '2022-11-30', 30, '22', NULL,
  NULL, '{}', 0, now(), now()),
 ('00000000-0000-4000-f000-000000000002', '00000000-0000-4000-a000-000000000001',
  'Kỹ năng tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán (2 ngày)', '2020-10-20', '2020-10-21', 1, '22',
  'Trung tâm Công tác xã hội tỉnh', 'World Vision Việt Nam', '{"Chuyên gia Trung tâm Công tác xã hội tỉnh"}', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO training_participant_count (training_id, position, organization_id, place_code, unit_name, staff_role, count) VALUES
 ('00000000-0000-4000-f000-000000000001', 0, NULL, NULL, 'Cán bộ 10 xã, phường của huyện thứ nhất', 'COMMUNE_OFFICIAL', 900),
 ('00000000-0000-4000-f000-000000000001', 1, NULL, NULL, 'Cán bộ 10 xã, phường của huyện thứ hai', 'COMMUNE_OFFICIAL', 900),
 ('00000000-0000-4000-f000-000000000001', 2, NULL, NULL, 'Cán bộ 10 xã, phường của huyện thứ ba', 'COMMUNE_OFFICIAL', 900)
ON CONFLICT DO NOTHING;

INSERT INTO information_campaign (id, organizer_organization_id, title, channel, place_code, starts_on, ends_on, materials, materials_count,
                                  counting_method, version, created_at, updated_at) VALUES
 ('00000000-0000-4000-f000-000000000101', '00000000-0000-4000-a000-000000000001', 'Pa nô tuyên truyền phòng, chống mua bán người ven đường',
  'BILLBOARD', '06685', '2022-06-01', '2022-12-31', '7 pa nô tấm lớn', 7, 'ESTIMATE', 0, now(), now()),
 ('00000000-0000-4000-f000-000000000102', '00000000-0000-4000-a000-000000000001', 'Tờ rơi giới thiệu dịch vụ Ngôi nhà Bình yên',
  'LEAFLET', '06685', '2022-06-01', '2022-12-31', 'Tờ rơi A5', 40000, 'COPIES_DISTRIBUTED', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO campaign_reach (campaign_id, sex, age_group, count) VALUES
 ('00000000-0000-4000-f000-000000000101', 'UNKNOWN', 'UNKNOWN', 30000),
 ('00000000-0000-4000-f000-000000000102', 'FEMALE', 'ADULTS', 24000),
 ('00000000-0000-4000-f000-000000000102', 'MALE', 'ADULTS', 12000),
 ('00000000-0000-4000-f000-000000000102', 'UNKNOWN', 'CHILDREN', 4000)
ON CONFLICT DO NOTHING;
