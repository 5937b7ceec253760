-- Rollups: the counts the heaviest reports group, kept current by the database itself as cases,
-- persons and hotline tickets change, so that a report reads a few thousand summary rows instead
-- of a million records and is still exactly what the records say.
--
-- A rollup row is one combination of a record's reported facts in one month (Vietnam's calendar)
-- with the number of records that have it; a report of whole months (a month, a quarter, a year)
-- reads the rollup, one of other days reads the records. Statement-level triggers turn each statement's
-- changed rows (its transition tables) into signed deltas, grouped, and add them in key order,
-- so a bulk insert costs one upsert per combination and two writers never wait on each other in
-- opposite orders. A change that touches no reported fact nets to nothing and writes nothing.
--
-- Facts that depend on the hour of reading stay exact: a verification or a response not yet
-- given keeps its deadline in the key (OPEN with its due time) while that is still ahead, and the
-- report decides PENDING or OVERDUE against now(), as it does on the records. Once the deadline
-- has passed it is OVERDUE for good (until given): a change keys it so, and rollups_compact()
-- (run every few minutes by the backend) folds the OPEN rows whose deadline passed into OVERDUE,
-- so the rollup holds one row per open deadline only for the next few days. Until folded, such a
-- row still reads as OVERDUE, so readers see the same numbers before and after.

CREATE TABLE case_rollup (
    organization_id              uuid         NOT NULL,
    received_month               date         NOT NULL,
    channel                      varchar(40)  NOT NULL,
    category                     varchar(40)  NOT NULL,
    status                       varchar(30)  NOT NULL,
    handing_over_organization_id uuid,
    place_found_code             varchar(10),
    sex                          varchar(10)  NOT NULL,
    age_band                     varchar(20),
    nationality                  varchar(2),
    verification                 varchar(10)  NOT NULL CHECK (verification IN ('ON_TIME', 'LATE', 'OVERDUE', 'OPEN')),
    verification_due_at          timestamptz,
    n                            bigint       NOT NULL,
    CONSTRAINT case_rollup_key UNIQUE NULLS NOT DISTINCT (organization_id, received_month, channel, category, status,
        handing_over_organization_id, place_found_code, sex, age_band, nationality, verification, verification_due_at)
);
CREATE INDEX case_rollup_zero_idx ON case_rollup (organization_id) WHERE n = 0;
CREATE INDEX case_rollup_open_idx ON case_rollup (verification_due_at) WHERE verification = 'OPEN';

-- The changed rows of the statement that fired a trigger, signed: -1 for the rows as they were
-- (a delete's or an update's old rows), +1 for the rows as they are (an insert's or an update's).
CREATE FUNCTION rollup_changes(op text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE op WHEN 'INSERT' THEN 'SELECT a.*, 1 AS d FROM added a'
                   WHEN 'DELETE' THEN 'SELECT o.*, -1 AS d FROM removed o'
                   ELSE 'SELECT o.*, -1 AS d FROM removed o UNION ALL SELECT a.*, 1 FROM added a' END
$$;

-- A case's key is its own facts and its person's.
CREATE FUNCTION case_rollup_on_case() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE format($q$
        INSERT INTO case_rollup AS r (organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code,
                                      sex, age_band, nationality, verification, verification_due_at, n)
        SELECT c.organization_id, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), c.channel, c.category, c.status,
               c.handing_over_organization_id, c.place_found_code, p.sex, p.age_band, p.nationality,
               CASE WHEN c.verified_at IS NOT NULL THEN CASE WHEN c.verified_at <= c.verification_due_at THEN 'ON_TIME' ELSE 'LATE' END
                    WHEN now() > c.verification_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
               CASE WHEN c.verified_at IS NULL AND now() <= c.verification_due_at THEN c.verification_due_at END, sum(c.d)
          FROM (%s) c JOIN person p ON p.id = c.person_id
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
        HAVING sum(c.d) <> 0
         ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
        ON CONFLICT ON CONSTRAINT case_rollup_key DO UPDATE SET n = r.n + excluded.n$q$, rollup_changes(TG_OP));
    DELETE FROM case_rollup WHERE n = 0;
    RETURN NULL;
END $f$;

CREATE TRIGGER case_rollup_inserted AFTER INSERT ON case_file REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_case();
CREATE TRIGGER case_rollup_updated AFTER UPDATE ON case_file REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_case();
CREATE TRIGGER case_rollup_deleted AFTER DELETE ON case_file REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_case();

-- A person's sex, age band or nationality changed: their cases move from the old key to the new.
CREATE FUNCTION case_rollup_on_person() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO case_rollup AS r (organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code,
                                  sex, age_band, nationality, verification, verification_due_at, n)
    SELECT c.organization_id, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), c.channel, c.category, c.status,
           c.handing_over_organization_id, c.place_found_code, p.sex, p.age_band, p.nationality,
           CASE WHEN c.verified_at IS NOT NULL THEN CASE WHEN c.verified_at <= c.verification_due_at THEN 'ON_TIME' ELSE 'LATE' END
                    WHEN now() > c.verification_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
           CASE WHEN c.verified_at IS NULL AND now() <= c.verification_due_at THEN c.verification_due_at END, sum(p.d)
      FROM (SELECT o.id, o.sex, o.age_band, o.nationality, -1 AS d FROM removed o
            UNION ALL SELECT a.id, a.sex, a.age_band, a.nationality, 1 FROM added a) p
      JOIN case_file c ON c.person_id = p.id
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    HAVING sum(p.d) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT ON CONSTRAINT case_rollup_key DO UPDATE SET n = r.n + excluded.n;
    DELETE FROM case_rollup WHERE n = 0;
    RETURN NULL;
END $f$;

CREATE TRIGGER case_rollup_person_updated AFTER UPDATE ON person REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_person();

INSERT INTO case_rollup (organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code,
                         sex, age_band, nationality, verification, verification_due_at, n)
SELECT c.organization_id, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), c.channel, c.category, c.status,
       c.handing_over_organization_id, c.place_found_code, p.sex, p.age_band, p.nationality,
       CASE WHEN c.verified_at IS NOT NULL THEN CASE WHEN c.verified_at <= c.verification_due_at THEN 'ON_TIME' ELSE 'LATE' END
                    WHEN now() > c.verification_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
       CASE WHEN c.verified_at IS NULL AND now() <= c.verification_due_at THEN c.verification_due_at END, count(*)
  FROM case_file c JOIN person p ON p.id = c.person_id
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;

-- The hotline's contacts: the line, channel, direction, urgency, response and the concerned
-- person's sex and commune, with the time to respond added up (seconds) for the average.
CREATE TABLE hotline_rollup (
    organization_id      uuid          NOT NULL,
    started_month        date          NOT NULL,
    line_id              uuid          NOT NULL,
    channel              varchar(20)   NOT NULL,
    direction            varchar(10)   NOT NULL,
    urgency              varchar(20)   NOT NULL,
    response             varchar(10)   NOT NULL CHECK (response IN ('ON_TIME', 'LATE', 'OVERDUE', 'OPEN')),
    response_due_at      timestamptz,
    concerned_sex        varchar(10),
    concerned_place_code varchar(10),
    n                    bigint        NOT NULL,
    responded            bigint        NOT NULL,
    response_seconds     numeric       NOT NULL,
    CONSTRAINT hotline_rollup_key UNIQUE NULLS NOT DISTINCT (organization_id, started_month, line_id, channel, direction, urgency, response,
        response_due_at, concerned_sex, concerned_place_code)
);
CREATE INDEX hotline_rollup_zero_idx ON hotline_rollup (organization_id) WHERE n = 0;
CREATE INDEX hotline_rollup_open_idx ON hotline_rollup (response_due_at) WHERE response = 'OPEN';

CREATE FUNCTION hotline_rollup_on_ticket() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE format($q$
        INSERT INTO hotline_rollup AS r (organization_id, started_month, line_id, channel, direction, urgency, response, response_due_at,
                                         concerned_sex, concerned_place_code, n, responded, response_seconds)
        SELECT t.organization_id, CAST(date_trunc('month', t.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), t.line_id, t.channel, t.direction, t.urgency,
               CASE WHEN t.responded_at IS NOT NULL THEN CASE WHEN t.responded_at <= t.response_due_at THEN 'ON_TIME' ELSE 'LATE' END
                    WHEN now() > t.response_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
               CASE WHEN t.responded_at IS NULL AND now() <= t.response_due_at THEN t.response_due_at END, t.concerned_sex, t.concerned_place_code,
               sum(t.d), coalesce(sum(t.d) FILTER (WHERE t.responded_at IS NOT NULL), 0),
               coalesce(sum(t.d * EXTRACT(EPOCH FROM (t.responded_at - t.started_at))), 0)
          FROM (%s) t
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        HAVING sum(t.d) <> 0
         ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        ON CONFLICT ON CONSTRAINT hotline_rollup_key DO UPDATE
            SET n = r.n + excluded.n, responded = r.responded + excluded.responded, response_seconds = r.response_seconds + excluded.response_seconds$q$,
        rollup_changes(TG_OP));
    DELETE FROM hotline_rollup WHERE n = 0;
    RETURN NULL;
END $f$;

CREATE TRIGGER hotline_rollup_inserted AFTER INSERT ON hotline_ticket REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hotline_rollup_on_ticket();
CREATE TRIGGER hotline_rollup_updated AFTER UPDATE ON hotline_ticket REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hotline_rollup_on_ticket();
CREATE TRIGGER hotline_rollup_deleted AFTER DELETE ON hotline_ticket REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION hotline_rollup_on_ticket();

INSERT INTO hotline_rollup (organization_id, started_month, line_id, channel, direction, urgency, response, response_due_at,
                            concerned_sex, concerned_place_code, n, responded, response_seconds)
SELECT t.organization_id, CAST(date_trunc('month', t.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date), t.line_id, t.channel, t.direction, t.urgency,
       CASE WHEN t.responded_at IS NOT NULL THEN CASE WHEN t.responded_at <= t.response_due_at THEN 'ON_TIME' ELSE 'LATE' END
                    WHEN now() > t.response_due_at THEN 'OVERDUE' ELSE 'OPEN' END,
       CASE WHEN t.responded_at IS NULL AND now() <= t.response_due_at THEN t.response_due_at END, t.concerned_sex, t.concerned_place_code,
       count(*), count(t.responded_at), coalesce(sum(EXTRACT(EPOCH FROM (t.responded_at - t.started_at))), 0)
  FROM hotline_ticket t
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- Folds the open deadlines that have passed into OVERDUE (see the top of this file).
CREATE FUNCTION rollups_compact() RETURNS void LANGUAGE sql AS $$
    WITH passed AS (DELETE FROM case_rollup WHERE verification = 'OPEN' AND verification_due_at < now() RETURNING *)
    INSERT INTO case_rollup AS r (organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code,
                                  sex, age_band, nationality, verification, verification_due_at, n)
    SELECT organization_id, received_month, channel, category, status, handing_over_organization_id, place_found_code,
           sex, age_band, nationality, 'OVERDUE', NULL, sum(n)
      FROM passed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT ON CONSTRAINT case_rollup_key DO UPDATE SET n = r.n + excluded.n;
    WITH passed AS (DELETE FROM hotline_rollup WHERE response = 'OPEN' AND response_due_at < now() RETURNING *)
    INSERT INTO hotline_rollup AS r (organization_id, started_month, line_id, channel, direction, urgency, response, response_due_at,
                                     concerned_sex, concerned_place_code, n, responded, response_seconds)
    SELECT organization_id, started_month, line_id, channel, direction, urgency, 'OVERDUE', NULL, concerned_sex, concerned_place_code,
           sum(n), sum(responded), sum(response_seconds)
      FROM passed GROUP BY 1, 2, 3, 4, 5, 6, 9, 10 ORDER BY 1, 2, 3, 4, 5, 6, 9, 10
    ON CONFLICT ON CONSTRAINT hotline_rollup_key DO UPDATE
        SET n = r.n + excluded.n, responded = r.responded + excluded.responded, response_seconds = r.response_seconds + excluded.response_seconds;
    DELETE FROM case_rollup WHERE n = 0;
    DELETE FROM hotline_rollup WHERE n = 0;
$$;
