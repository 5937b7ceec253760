-- The integrators' incremental feed (issue 14): which reportable records changed, in the order
-- their changes committed. One row per record (cases, supports, referrals, hotline contacts);
-- each change gives it the next number. The number is taken when the transaction commits (a
-- deferred trigger) under a transaction-scoped advisory lock, so that changes become visible in
-- the order of their numbers and a reader that has seen number n never later finds a change
-- below n. A record that no longer exists is answered as a tombstone.
CREATE SEQUENCE report_feed_seq;

CREATE TABLE report_feed_change (
    record_type  varchar(20)  NOT NULL,
    record_id    uuid         NOT NULL,
    seq          bigint       NOT NULL,
    changed_at   timestamptz  NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
CREATE UNIQUE INDEX report_feed_change_seq_idx ON report_feed_change (seq);

CREATE FUNCTION report_feed_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(95413480);
    INSERT INTO report_feed_change (record_type, record_id, seq, changed_at)
    VALUES (TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, nextval('report_feed_seq'), clock_timestamp())
    ON CONFLICT (record_type, record_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at;
    RETURN NULL;
END $$;

-- A person's sex or age band is part of each of their cases' facts.
CREATE FUNCTION report_feed_note_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(95413480);
    INSERT INTO report_feed_change (record_type, record_id, seq, changed_at)
    SELECT 'CASE', c.id, nextval('report_feed_seq'), clock_timestamp() FROM case_file c WHERE c.person_id = NEW.id
    ON CONFLICT (record_type, record_id) DO UPDATE SET seq = EXCLUDED.seq, changed_at = EXCLUDED.changed_at;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER case_file_feed AFTER INSERT OR UPDATE OR DELETE ON case_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_feed_note('CASE');
CREATE CONSTRAINT TRIGGER support_delivery_feed AFTER INSERT OR UPDATE OR DELETE ON support_delivery
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_feed_note('SUPPORT');
CREATE CONSTRAINT TRIGGER referral_feed AFTER INSERT OR UPDATE OR DELETE ON referral
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_feed_note('REFERRAL');
-- Tickets are saved as they are typed: only a change of a reported fact is noted.
CREATE CONSTRAINT TRIGGER hotline_ticket_feed_insert AFTER INSERT OR DELETE ON hotline_ticket
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_feed_note('CONTACT');
CREATE CONSTRAINT TRIGGER hotline_ticket_feed_update AFTER UPDATE ON hotline_ticket
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.line_id, OLD.channel, OLD.direction, OLD.status, OLD.urgency, OLD.started_at, OLD.responded_at, OLD.response_due_at,
           OLD.concerned_sex, OLD.concerned_place_code, OLD.categories, OLD.organization_id)
          IS DISTINCT FROM (NEW.line_id, NEW.channel, NEW.direction, NEW.status, NEW.urgency, NEW.started_at, NEW.responded_at, NEW.response_due_at,
           NEW.concerned_sex, NEW.concerned_place_code, NEW.categories, NEW.organization_id))
    EXECUTE FUNCTION report_feed_note('CONTACT');
CREATE CONSTRAINT TRIGGER person_feed AFTER UPDATE OF sex, age_band ON person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_feed_note_person();

-- Records written before the feed existed: noted once, oldest first.
INSERT INTO report_feed_change (record_type, record_id, seq, changed_at)
SELECT t, id, nextval('report_feed_seq'), now() FROM (
    SELECT 'CASE' AS t, id, created_at FROM case_file
    UNION ALL SELECT 'SUPPORT', id, created_at FROM support_delivery
    UNION ALL SELECT 'REFERRAL', id, created_at FROM referral
    UNION ALL SELECT 'CONTACT', id, started_at FROM hotline_ticket
    ORDER BY 3) existing;
