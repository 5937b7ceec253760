-- Every change of a mutable record takes If-Match (issue 16): the records that were replaced
-- without one get the version their ETag names. Existing rows start at version 0.
ALTER TABLE intake_draft ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE webhook_subscription ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE hotline_category ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE dhis2_org_unit ADD COLUMN version bigint NOT NULL DEFAULT 0;
