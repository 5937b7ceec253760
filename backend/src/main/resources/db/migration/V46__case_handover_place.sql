-- Where the person was handed over (the commune of the family or locality that received them):
-- the handover minutes name it. A code of an administrative unit, no personal data.
ALTER TABLE case_file ADD COLUMN handover_place_code varchar(10) REFERENCES place (code);
