-- Audit events are no longer chained inside the writing transaction under one global lock (which
-- serialised every audited read and write of the whole system until commit). A transaction only
-- inserts its event; the sealer links committed events into the chain shortly after, in the order
-- of their transactions (tx) and ids, and only events of transactions older than any still
-- running, so a late commit can never slip in behind an event already sealed.
ALTER TABLE audit_event ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE audit_event ADD COLUMN chain_position bigint;
UPDATE audit_event SET chain_position = id;
ALTER TABLE audit_event ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_event_chain_idx ON audit_event (chain_position);
CREATE INDEX audit_event_unsealed_idx ON audit_event (tx, id) WHERE chain_position IS NULL;
