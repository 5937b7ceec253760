-- Overdue tickets (open, unanswered, past the response deadline): the bench showed the list
-- walking every ticket by start time to find them; this index holds only the candidates.
CREATE INDEX hotline_ticket_overdue_idx ON hotline_ticket (organization_id, response_due_at)
    WHERE status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS') AND responded_at IS NULL;
