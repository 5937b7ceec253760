-- DEMO DATA, dev and test only: the lines the demo Social Work Centre answers. Ids are fixed so
-- that tests and the demo can name them; ON CONFLICT keeps edits made in a running demo.
INSERT INTO hotline_line (id, code, number, name_vi, name_en, organization_id, hours, active, version, created_at, updated_at) VALUES
 ('00000000-0000-4000-c000-000000000001', 'QN-18001769', '18001769', 'Đường dây tư vấn miễn phí 18001769', 'Free counselling line 18001769',
  '00000000-0000-4000-a000-000000000001', '24/7', true, 0, now(), now()),
 ('00000000-0000-4000-c000-000000000002', 'CP-111', '111', 'Tổng đài quốc gia bảo vệ trẻ em 111', 'National child protection line 111',
  '00000000-0000-4000-a000-000000000002', '24/7', true, 0, now(), now())
ON CONFLICT (id) DO NOTHING;
