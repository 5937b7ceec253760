-- A referral is about a case, or (sent by a club from its outreach) about a contact with a person
-- at risk who has no case yet. Such a referral carries, encrypted and bound to its row, the snapshot
-- of what the club shares with the receiver (subject_enc): the outreach data, and a name and phone
-- only when the person consented to share them. The contact keeps the referral it led to.
ALTER TABLE referral ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE referral ALTER COLUMN case_number DROP NOT NULL;
ALTER TABLE referral ADD COLUMN outreach_contact_id uuid REFERENCES club_outreach_contact (id);
ALTER TABLE referral ADD COLUMN subject_enc text;
ALTER TABLE referral ADD CONSTRAINT referral_subject_ck CHECK ((case_id IS NULL) <> (outreach_contact_id IS NULL));
ALTER TABLE club_outreach_contact ADD COLUMN referral_id uuid REFERENCES referral (id);
