-- A partner rotates its endpoint's secret: the previous one stays valid (deliveries are signed with
-- both) until previous_secret_until, then only the new one signs. A partner chooses which event
-- types an endpoint receives; none chosen means all.
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_enc text;
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_until timestamptz;
ALTER TABLE webhook_subscription ADD COLUMN event_types text[] NOT NULL DEFAULT '{}';
