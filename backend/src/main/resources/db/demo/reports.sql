-- DEMO DATA, dev and test only (never in production): a DHIS2 mapping such as a ministry's
-- instance might use, so that the dataValueSets and ADX exports can be tried. Codes are made up.
INSERT INTO dhis2_data_element (report, data_element, data_set, disaggregation, updated_at) VALUES
 ('cases-received', 'SR_CASES_RECEIVED', 'SR_MONTHLY', '{sex}', now()),
 ('verification', 'SR_VERIFICATION', 'SR_MONTHLY', '{outcome}', now()),
 ('victims-identified', 'SR_VICTIMS_IDENTIFIED', 'SR_MONTHLY', '{sex,ageBand}', now()),
 ('hotline-contacts', 'SR_HOTLINE_CONTACTS', 'SR_MONTHLY', '{urgency}', now()),
 ('club-meetings', 'SR_CLUB_MEETINGS', 'SR_MONTHLY', '{}', now())
ON CONFLICT DO NOTHING;
INSERT INTO dhis2_option_combo (report, combo_key, code) VALUES
 ('cases-received', 'FEMALE', 'SEX_F'), ('cases-received', 'MALE', 'SEX_M'),
 ('cases-received', 'OTHER', 'SEX_O'), ('cases-received', 'UNKNOWN', 'SEX_U'),
 ('verification', 'ON_TIME', 'VER_ON_TIME'), ('verification', 'LATE', 'VER_LATE'),
 ('verification', 'PENDING', 'VER_PENDING'), ('verification', 'OVERDUE', 'VER_OVERDUE')
ON CONFLICT DO NOTHING;
INSERT INTO dhis2_org_unit (place_code, code, updated_at) VALUES
 ('22', 'VN_QN', now()), ('48', 'VN_DN', now())
ON CONFLICT DO NOTHING;
