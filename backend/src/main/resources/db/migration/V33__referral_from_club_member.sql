-- A club also refers its members (from livelihood counselling, to a vocational or loan service of
-- the directory): a referral's subject is exactly one of a case, an outreach contact or a club
-- member, the last two with the club's encrypted snapshot of what it shares (subject_enc).
ALTER TABLE referral ADD COLUMN club_member_id uuid REFERENCES club_member (id);
ALTER TABLE referral DROP CONSTRAINT referral_subject_ck;
ALTER TABLE referral ADD CONSTRAINT referral_subject_ck CHECK (num_nonnulls(case_id, outreach_contact_id, club_member_id) = 1);
ALTER TABLE club_counselling ADD COLUMN referral_id uuid REFERENCES referral (id);
