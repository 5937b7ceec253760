-- Rate limits (issue 16): one token bucket per caller (a user, an API client, or an address for
-- calls without a token), kept here so that every backend copy counts the same requests. Bucket4j
-- reads and writes a row under SELECT … FOR UPDATE; `state` is its serialized bucket and
-- `expires_at` (epoch milliseconds) the time after which the bucket would be full again, so a
-- sweep may delete it. No personal data: the key is a subject id, client id or an address's keyed hash, and rows
-- expire within minutes. UNLOGGED: a bucket lost in a crash only starts full again.
CREATE UNLOGGED TABLE rate_limit_bucket (
    id          varchar(255) PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
