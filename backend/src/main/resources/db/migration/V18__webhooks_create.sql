-- Webhooks: an organization registers HTTPS endpoints and gets a signed event when a referral to
-- or from it changes. Deliveries are an outbox written in the same transaction as the change, so
-- an event is never lost or sent for a change that rolled back; a dispatcher claims due rows with a
-- lease (SKIP LOCKED), so a backend stopping mid-delivery only delays it.
CREATE TABLE webhook_subscription (
    id                 uuid PRIMARY KEY,
    organization_id    uuid          NOT NULL REFERENCES organization (id),
    url                varchar(2000) NOT NULL,
    description        varchar(200),
    -- The signing secret, encrypted (FieldCipher): it is needed in clear to sign.
    secret_enc         text          NOT NULL,
    active             boolean       NOT NULL,
    created_by_subject varchar(100)  NOT NULL,
    created_at         timestamptz   NOT NULL,
    deactivated_at     timestamptz
);
CREATE INDEX webhook_subscription_org_idx ON webhook_subscription (organization_id) WHERE active;

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id),
    organization_id  uuid          NOT NULL,
    event_id         uuid          NOT NULL,
    event_type       varchar(60)   NOT NULL,
    -- The exact body that is signed and sent; it carries ids and statuses, never personal data.
    body             text          NOT NULL,
    status           varchar(20)   NOT NULL,
    attempts         int           NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    lease_until      timestamptz,
    last_status_code int,
    last_error       varchar(500),
    created_at       timestamptz   NOT NULL,
    delivered_at     timestamptz
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_org_idx ON webhook_delivery (organization_id, created_at DESC, id);
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC);
