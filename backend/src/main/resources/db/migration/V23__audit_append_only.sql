-- The audit trail can no longer be rewritten by the application's own database role.
--  * The application connects as ${appRole}: it may SELECT and INSERT audit events and checkpoints,
--    never UPDATE or DELETE them; migrations run as the schema's owner. The role is made by the
--    scripts that make the database (bin/lib/postgres.sh, the compose file's init script).
--  * Sealing (linking committed events into the hash chain) is this owner's function audit_seal,
--    the only way an event's chain fields are written.
--  * Hash version 2 length-prefixes every field, so no two events can share a canonical form, and
--    covers the organization whose record was read (subject_organization_id, new).
--  * Checkpoints of the chain's head are signed with a key outside the database (and logged), so
--    deleting or rewriting the newest events is found.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
        RAISE EXCEPTION 'The application role ${appRole} does not exist: create it (LOGIN, no other rights) before migrating';
    END IF;
END $$;

ALTER TABLE audit_event ADD COLUMN subject_organization_id uuid;
ALTER TABLE audit_event ADD COLUMN hash_version smallint NOT NULL DEFAULT 1;
CREATE INDEX audit_event_subject_idx ON audit_event (subject_organization_id, id) WHERE subject_organization_id IS NOT NULL;

-- One field of the canonical form: its length in bytes, a colon, the value; -1 for null.
CREATE FUNCTION audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '-1:' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END
$$;

-- The version 2 hash of an event given its predecessor's hash; AuditChain.hashV2 computes the same.
CREATE FUNCTION audit_hash_v2(e audit_event, prev varchar) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        audit_field(prev)
        || audit_field(((extract(epoch FROM e.occurred_at) * 1000000)::bigint)::text)
        || audit_field(e.actor_subject) || audit_field(e.actor_username) || audit_field(e.organization_id::text)
        || audit_field(e.subject_organization_id::text) || audit_field(e.action) || audit_field(e.record_type)
        || audit_field(e.record_id) || audit_field(e.field_groups) || audit_field(e.reason) || audit_field(e.details),
        'UTF8')), 'hex')
$$;

-- Links up to max_rows committed events into the chain, in the order of their transactions, and
-- only those of transactions older than any still running; one sealer at a time (advisory lock).
CREATE FUNCTION audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    pos bigint;
    head varchar(64);
    e audit_event;
    sealed integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(95413479);
    SELECT chain_position, hash INTO pos, head FROM audit_event
    WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1;
    IF pos IS NULL THEN
        pos := 0;
        head := repeat('0', 64);
    END IF;
    FOR e IN SELECT * FROM audit_event
             WHERE chain_position IS NULL AND tx < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY tx, id LIMIT max_rows FOR UPDATE LOOP
        pos := pos + 1;
        UPDATE audit_event SET chain_position = pos, prev_hash = head, hash = audit_hash_v2(e, head), hash_version = 2
        WHERE id = e.id RETURNING hash INTO head;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END
$$;

-- A signed statement of the chain's head: the newest sealed position, its hash and the count.
CREATE TABLE audit_checkpoint (
    id             bigserial PRIMARY KEY,
    chain_position bigint      NOT NULL,
    head_hash      varchar(64) NOT NULL,
    event_count    bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    signature      varchar(64) NOT NULL
);

DO $$
DECLARE
    s text := current_schema();
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, '${appRole}');
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, '${appRole}');
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', s, '${appRole}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_checkpoint FROM %I', '${appRole}');
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${appRole}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', s, '${appRole}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', s, '${appRole}');
    EXECUTE format('REVOKE ALL ON FUNCTION audit_seal(integer) FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_seal(integer) TO %I', '${appRole}');
END $$;
