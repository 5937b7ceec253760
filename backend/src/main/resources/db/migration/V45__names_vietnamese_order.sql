-- Names sort as Vietnamese readers expect ("Đồn Biên phòng …": "Đ" follows "D", not "Z";
-- "Phòng 2" before "Phòng 10"): the Vietnamese ICU collation of V8 for the names lists are
-- sorted by (organizations and services of the directory, the pickers built on them). Their
-- search columns are generated from the names, so they are made again around the change.
ALTER TABLE organization DROP COLUMN search_text;
ALTER TABLE organization ALTER COLUMN name_vi TYPE varchar(200) COLLATE sr_natural;
ALTER TABLE organization ADD COLUMN search_text text GENERATED ALWAYS AS (sr_fold(name_vi || ' ' || coalesce(name_en, ''))) STORED;

ALTER TABLE service DROP COLUMN search_text;
ALTER TABLE service ALTER COLUMN name_vi TYPE varchar(200) COLLATE sr_natural;
ALTER TABLE service ADD COLUMN search_text text
    GENERATED ALWAYS AS (sr_fold(name_vi || ' ' || coalesce(name_en, '') || ' ' || coalesce(description, ''))) STORED;
