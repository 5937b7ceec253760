-- The case list with 100,000 cases in one organization: every filter the SPA offers finds its
-- first page in receipt order straight from an index instead of sorting all matching cases.
DROP INDEX case_file_org_status_idx;
CREATE INDEX case_file_org_status_received_idx ON case_file (organization_id, status, received_at DESC);
CREATE INDEX case_file_org_category_received_idx ON case_file (organization_id, category, received_at DESC);
CREATE INDEX case_file_org_assignee_received_idx ON case_file (organization_id, assigned_subject, received_at DESC);
CREATE INDEX case_file_org_unassigned_creator_idx ON case_file (organization_id, created_by_subject, received_at DESC)
    WHERE assigned_subject IS NULL;
CREATE INDEX case_file_org_awaiting_verification_idx ON case_file (organization_id, received_at DESC)
    WHERE status IN ('OPEN', 'UNDER_VERIFICATION');
