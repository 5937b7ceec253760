-- The periods of the reports that are counted from the records find their rows by index rather
-- than by reading every record: identification decisions (the victims-identified, forms, means,
-- types and supported reports, and the plans' indicators over them), supports by the day they
-- began, referrals by the day they were sent and completed.
CREATE INDEX case_file_identified_idx ON case_file (organization_id, ident_decision_date) WHERE ident_result = 'VICTIM';
CREATE INDEX case_file_identified_on_idx ON case_file (ident_decision_date) WHERE ident_result = 'VICTIM';
CREATE INDEX support_delivery_delivered_idx ON support_delivery (delivered_from);
CREATE INDEX referral_sent_idx ON referral (sent_at) WHERE status <> 'DRAFT';
CREATE INDEX referral_completed_idx ON referral (completed_at) WHERE completed_at IS NOT NULL;
