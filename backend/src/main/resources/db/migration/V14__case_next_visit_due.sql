-- The next follow-up visit due, copied from the latest visit, so that due and overdue visits
-- can be listed per organization without scanning every visit.
ALTER TABLE case_file ADD COLUMN next_visit_due date;

UPDATE case_file c SET next_visit_due = v.next_visit_due
FROM (SELECT DISTINCT ON (case_id) case_id, next_visit_due
      FROM follow_up_visit ORDER BY case_id, visited_at DESC, created_at DESC) v
WHERE v.case_id = c.id;

CREATE INDEX case_file_next_visit_idx ON case_file (organization_id, next_visit_due)
    WHERE next_visit_due IS NOT NULL;
