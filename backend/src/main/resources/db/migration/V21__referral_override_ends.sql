-- An emergency override no longer lasts until the referral ends: it has a start and an end
-- (safereturn.consent.override-lasts, 72 hours by default), and a withdrawal ends it earlier.
-- Overrides given before this change end 72 hours after their referral was created.
ALTER TABLE referral ADD COLUMN override_at timestamptz;
ALTER TABLE referral ADD COLUMN override_ends_at timestamptz;
UPDATE referral SET override_at = created_at, override_ends_at = created_at + interval '72 hours'
WHERE override_reason IS NOT NULL;
ALTER TABLE referral ADD CONSTRAINT referral_override_has_end
    CHECK ((override_reason IS NULL) = (override_at IS NULL) AND (override_at IS NULL) = (override_ends_at IS NULL));
