-- Each kind of blind index now has a key of its own (FieldCipher.BlindIndex: person name, ID
-- number, duplicate key, caller phone), so equal values in different columns no longer hash alike
-- and one column's hashes cannot be looked up in another. Rows written before carry index_scheme 1
-- (one key for all) until the backend recomputes their indexes at start (cases.PersonIndexUpgrade,
-- hotline.CallerIndexUpgrade); rows written from now on get scheme 2.
ALTER TABLE person ADD COLUMN index_scheme smallint NOT NULL DEFAULT 1;
ALTER TABLE person ALTER COLUMN index_scheme SET DEFAULT 2;
CREATE INDEX person_index_scheme_old_idx ON person (id) WHERE index_scheme = 1;

ALTER TABLE hotline_ticket ADD COLUMN index_scheme smallint NOT NULL DEFAULT 1;
ALTER TABLE hotline_ticket ALTER COLUMN index_scheme SET DEFAULT 2;
CREATE INDEX hotline_ticket_index_scheme_old_idx ON hotline_ticket (id) WHERE index_scheme = 1;

ALTER TABLE hotline_caller_flag ADD COLUMN index_scheme smallint NOT NULL DEFAULT 1;
ALTER TABLE hotline_caller_flag ALTER COLUMN index_scheme SET DEFAULT 2;
