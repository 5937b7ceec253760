-- DEMO DATA, dev and test only: illustrative cash rates for Quang Ninh so the support plan can
-- price cash supports. The amounts are NOT the province's real rates: an admin enters those
-- from the provincial People's Council resolution in force.
INSERT INTO cash_rate (id, province_code, support_type, amount_vnd, unit, effective_from, effective_to, legal_basis, version, created_at, updated_at) VALUES
 ('00000000-0000-4000-c000-000000000001', '22', 'ESSENTIAL_NEEDS', 50000, 'PER_DAY', '2025-07-01', '2099-12-31', 'DEMO — mức minh họa, không phải quy định thật', 0, now(), now()),
 ('00000000-0000-4000-c000-000000000002', '22', 'INITIAL_HARDSHIP_ALLOWANCE', 1500000, 'ONE_OFF', '2025-07-01', '2099-12-31', 'DEMO — mức minh họa, không phải quy định thật', 0, now(), now()),
 ('00000000-0000-4000-c000-000000000003', '22', 'TRAVEL', 200000, 'ONE_OFF', '2025-07-01', '2099-12-31', 'DEMO — mức minh họa, không phải quy định thật', 0, now(), now())
ON CONFLICT (id) DO NOTHING;
