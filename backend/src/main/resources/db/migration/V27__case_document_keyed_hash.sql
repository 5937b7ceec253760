-- A document's hash is keyed (HMAC-SHA256 under a sub-key of the index key): equal files still have
-- equal hashes, but nobody without the key can test whether a known file is stored. Hashes written
-- before are plain SHA-256 (content_hash_keyed false) until the re-encryption job rehashes them.
ALTER TABLE case_document RENAME COLUMN sha256 TO content_hash;
ALTER TABLE case_document ADD COLUMN content_hash_keyed boolean NOT NULL DEFAULT false;
