-- Free text that may tell where a person went and why is encrypted at rest from now on, and the
-- case timeline keeps codes and ids only: its notes move out of the parameters and the summary
-- into note_enc. The columns are renamed to *_enc; the values written before this change are still
-- plaintext in them until the re-encryption job (POST /api/v1/admin/reencryptions) encrypts them,
-- and the backend reads either form meanwhile. Audit events keep codes and ids only from now on;
-- the reasons of earlier events stay, since nobody may rewrite the audit trail.
ALTER TABLE consent RENAME COLUMN withdrawal_reason TO withdrawal_reason_enc;
ALTER TABLE consent ALTER COLUMN withdrawal_reason_enc TYPE text;
ALTER TABLE referral RENAME COLUMN decline_reason TO decline_reason_enc;
ALTER TABLE referral ALTER COLUMN decline_reason_enc TYPE text;
ALTER TABLE referral RENAME COLUMN cancel_reason TO cancel_reason_enc;
ALTER TABLE referral ALTER COLUMN cancel_reason_enc TYPE text;
ALTER TABLE referral RENAME COLUMN override_reason TO override_reason_enc;
ALTER TABLE referral ALTER COLUMN override_reason_enc TYPE text;
ALTER TABLE shelter_stay RENAME COLUMN check_out_reason TO check_out_reason_enc;
ALTER TABLE shelter_stay ALTER COLUMN check_out_reason_enc TYPE text;
ALTER TABLE support_delivery RENAME COLUMN override_reason TO override_reason_enc;
ALTER TABLE support_delivery ALTER COLUMN override_reason_enc TYPE text;

ALTER TABLE case_event ADD COLUMN note_enc text;
UPDATE case_event
SET note_enc = params ->> 'note',
    summary = CASE WHEN right(summary, length(' — ' || (params ->> 'note'))) = ' — ' || (params ->> 'note')
                   THEN left(summary, length(summary) - length(' — ' || (params ->> 'note'))) ELSE summary END,
    params = params - 'note'
WHERE params ? 'note';
