-- Facts that reports count by, kept on the records as they change so that no report opens an
-- encrypted value: a person's CTDC age band when received (from the birth date, which is
-- encrypted, or the estimated age), and when a case's verification ended.
ALTER TABLE person ADD COLUMN age_band varchar(20)
    CHECK (age_band IN ('AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38', 'AGE_39_47', 'AGE_48_PLUS', 'UNKNOWN'));
ALTER TABLE case_file ADD COLUMN verified_at timestamptz;

-- Verification ended with the first identification decision of each case.
UPDATE case_file c SET verified_at = e.at
FROM (SELECT case_id, min(occurred_at) AS at FROM case_event WHERE type IN ('IDENTIFIED', 'NOT_IDENTIFIED') GROUP BY case_id) e
WHERE e.case_id = c.id;
-- Persons received before this change get their band at start (cases.AgeBandBackfill): their
-- birth dates are encrypted, which only the application opens.
CREATE INDEX person_age_band_missing_idx ON person (id) WHERE age_band IS NULL;
CREATE INDEX case_file_received_idx ON case_file (organization_id, received_at);
