-- The actor's display name when the event was written ("Nguyễn Thị Lan", "Blue Dragon (API)"),
-- so the audit log reads in names rather than user names and client ids. A label only: the hash
-- covers actor_subject and actor_username, which remain the evidence of who acted.
ALTER TABLE audit_event ADD COLUMN actor_name varchar(200);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, id);
