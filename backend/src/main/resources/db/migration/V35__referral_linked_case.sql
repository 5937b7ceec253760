-- The receiver of a club's referral (an outreach contact or a member, no case) links it to the case
-- it opened or already had for the person. The link is the receiver's: the club never sees it.
ALTER TABLE referral
    ADD COLUMN linked_case_id  uuid REFERENCES case_file (id),
    ADD COLUMN linked_at       timestamptz,
    ADD COLUMN linked_by_name  varchar(255),
    -- Only a referral without a case of its own can be linked to one.
    ADD CONSTRAINT referral_linked_case_ck CHECK (linked_case_id IS NULL OR case_id IS NULL),
    ADD CONSTRAINT referral_linked_at_ck CHECK ((linked_case_id IS NULL) = (linked_at IS NULL));
CREATE INDEX referral_linked_case_idx ON referral (linked_case_id) WHERE linked_case_id IS NOT NULL;
