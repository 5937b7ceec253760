-- DEMO DATA, dev and test only (never in production): the ten temporary shelter rooms (phòng
-- tạm lánh) of the Quang Ninh Social Work Centre. Two places a room, so that a mother and an
-- accompanying child stay together: 20 places in all. Fixed ids; ON CONFLICT keeps edits made in
-- a running demo. Loaded after directory.sql, which creates the organization.
INSERT INTO shelter_room (id, organization_id, name, capacity, status, note, version, created_at, updated_at)
SELECT ('00000000-0000-4000-c000-' || lpad(n::text, 12, '0'))::uuid,
       '00000000-0000-4000-a000-000000000001',
       'Phòng tạm lánh ' || n,
       2, 'ACTIVE', NULL, 0, now(), now()
FROM generate_series(1, 10) AS n
ON CONFLICT DO NOTHING;
