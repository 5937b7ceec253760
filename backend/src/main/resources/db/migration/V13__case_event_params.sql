-- Timeline entries carry their facts as parameters (codes and numbers, never personal data), so that
-- the SPA can word each entry in the reader's language; summary stays as the English fallback.
ALTER TABLE case_event ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb;
