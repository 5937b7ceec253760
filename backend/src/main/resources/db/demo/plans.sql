-- DEMO DATA: the yearly plans of the seeded organizations, with their targets (figures are
-- illustrative). The targets follow the national programme: every received person verified
-- within 3 days, every identified victim supported, every officer trained, at least half of the
-- residents (women and children first) reached, every club meeting monthly. The plans are of the
-- current year (in Vietnam), so that the demo always has this year's plan to show.
WITH y AS (SELECT CAST(extract(YEAR FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh') AS int) AS year)
INSERT INTO plan (id, organization_id, reference, title, place_code, year, adopted_on, note, version, created_by_name, created_at, updated_at)
SELECT p.id, p.organization_id, p.reference || '/' || y.year || ' (minh họa)', p.title || ' năm ' || y.year, '22', y.year,
       make_date(y.year, p.adopted_month, 15), 'Dữ liệu minh họa (demo).', 0, 'Dữ liệu minh họa', now(), now()
  FROM y, (VALUES
    (CAST('00000000-0000-4000-e100-000000000001' AS uuid), CAST('00000000-0000-4000-a000-000000000001' AS uuid), 'KH-TTCTXH',
     'Kế hoạch hỗ trợ nạn nhân bị mua bán và phòng, chống mua bán người tỉnh Quảng Ninh', 1),
    (CAST('00000000-0000-4000-e100-000000000002' AS uuid), CAST('00000000-0000-4000-a000-000000000005' AS uuid), 'KH-HPN',
     'Kế hoạch truyền thông phòng, chống mua bán người của Hội Liên hiệp Phụ nữ tỉnh', 2)) AS p(id, organization_id, reference, title, adopted_month)
ON CONFLICT DO NOTHING;

INSERT INTO plan_target (id, plan_id, indicator_id, place_code, period, target, version, created_at, updated_at)
SELECT CAST(t.id AS uuid), CAST(t.plan_id AS uuid), CAST(t.indicator_id AS uuid), t.place_code,
       CASE WHEN t.quarter IS NULL THEN CAST(p.year AS text) ELSE p.year || 'Q' || t.quarter END, t.target, 0, now(), now()
  FROM (VALUES
    ('00000000-0000-4000-e200-000000000001', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000001', '22', NULL, 100),
    ('00000000-0000-4000-e200-000000000002', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000002', '22', NULL, 100),
    ('00000000-0000-4000-e200-000000000003', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000003', '22', NULL, 100),
    ('00000000-0000-4000-e200-000000000004', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000007', '22', NULL, 60),
    ('00000000-0000-4000-e200-000000000005', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000008', '22', NULL, 95),
    ('00000000-0000-4000-e200-000000000006', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000009', '22', NULL, 5),
    ('00000000-0000-4000-e200-000000000007', '00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e000-000000000001', '22', 4, 100),
    ('00000000-0000-4000-e200-000000000011', '00000000-0000-4000-e100-000000000002', '00000000-0000-4000-e000-000000000004', '22', NULL, 50),
    ('00000000-0000-4000-e200-000000000012', '00000000-0000-4000-e100-000000000002', '00000000-0000-4000-e000-000000000005', '22', NULL, 60),
    ('00000000-0000-4000-e200-000000000013', '00000000-0000-4000-e100-000000000002', '00000000-0000-4000-e000-000000000006', '22', NULL, 50),
    ('00000000-0000-4000-e200-000000000014', '00000000-0000-4000-e100-000000000002', '00000000-0000-4000-e000-000000000004', '06685', NULL, 70)) AS t(id, plan_id, indicator_id, place_code, quarter, target)
  JOIN plan p ON p.id = CAST(t.plan_id AS uuid)
ON CONFLICT DO NOTHING;
