-- Referrals between organizations: one row per referral (its current state) and one row per step
-- (its history, which is also the changes feed partners catch up from).

CREATE TABLE referral (
    id                         uuid PRIMARY KEY,
    case_id                    uuid         NOT NULL REFERENCES case_file (id),
    case_number                varchar(40)  NOT NULL,
    sender_organization_id     uuid         NOT NULL REFERENCES organization (id),
    receiver_organization_id   uuid         NOT NULL REFERENCES organization (id),
    service_id                 uuid REFERENCES service (id),
    service_type               varchar(40)  NOT NULL,
    urgency                    varchar(20)  NOT NULL,
    reason_enc                 text         NOT NULL,
    requested_by               date,
    shared_field_groups        text[]       NOT NULL,
    override_reason            varchar(1000),
    override_by_name           varchar(200),
    status                     varchar(20)  NOT NULL,
    answer_due_at              timestamptz,
    sent_at                    timestamptz,
    answered_at                timestamptz,
    completed_at               timestamptz,
    decline_reason             varchar(2000),
    outcome                    varchar(30),
    outcome_note_enc           text,
    cancel_reason              varchar(2000),
    escalated_at               timestamptz,
    previous_referral_id       uuid REFERENCES referral (id),
    created_by_subject         varchar(100) NOT NULL,
    created_by_name            varchar(200) NOT NULL,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    version                    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT referral_not_to_self CHECK (sender_organization_id <> receiver_organization_id)
);
-- Inbox: what was sent to an organization, newest first; drafts never reach it.
CREATE INDEX referral_inbox_idx ON referral (receiver_organization_id, sent_at DESC, id DESC) WHERE status <> 'DRAFT';
CREATE INDEX referral_inbox_status_idx ON referral (receiver_organization_id, status, sent_at DESC, id DESC) WHERE status <> 'DRAFT';
-- Outbox: what an organization created, newest first.
CREATE INDEX referral_outbox_idx ON referral (sender_organization_id, created_at DESC, id DESC);
CREATE INDEX referral_outbox_status_idx ON referral (sender_organization_id, status, created_at DESC, id DESC);
-- Overdue: unanswered past the due time, for either side.
CREATE INDEX referral_overdue_in_idx ON referral (receiver_organization_id, answer_due_at) WHERE status = 'SENT';
CREATE INDEX referral_overdue_out_idx ON referral (sender_organization_id, answer_due_at) WHERE status = 'SENT';
CREATE INDEX referral_case_idx ON referral (case_id);

CREATE TABLE referral_event (
    id                       bigserial PRIMARY KEY,
    -- The writing transaction: the changes feed orders by (tx, id) and shows only transactions
    -- older than every running one, so a late commit can never slip behind a cursor.
    tx                       xid8         NOT NULL DEFAULT pg_current_xact_id(),
    referral_id              uuid         NOT NULL REFERENCES referral (id),
    sender_organization_id   uuid         NOT NULL,
    receiver_organization_id uuid         NOT NULL,
    receiver_visible         boolean      NOT NULL,
    occurred_at              timestamptz  NOT NULL,
    type                     varchar(30)  NOT NULL,
    status                   varchar(20)  NOT NULL,
    actor_subject            varchar(100) NOT NULL,
    actor_name               varchar(200) NOT NULL,
    actor_organization_id    uuid,
    note_enc                 text
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, id);
CREATE INDEX referral_event_sender_feed_idx ON referral_event (sender_organization_id, tx, id);
CREATE INDEX referral_event_receiver_feed_idx ON referral_event (receiver_organization_id, tx, id) WHERE receiver_visible;
