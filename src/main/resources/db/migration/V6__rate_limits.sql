-- Token buckets shared by every node, for limits that must hold for the whole service however many
-- nodes serve it (registrations: each costs an Argon2 hash of 19 MiB). One row per limited key, e.g.
-- 'register:all' or 'register:address:203.0.113.7'; a bucket refills continuously, so there are no
-- window edges at which twice the budget gets through.
CREATE TABLE rate_limits (
    key        text PRIMARY KEY CHECK (length(key) <= 200),
    tokens     double precision NOT NULL,
    updated_at timestamptz NOT NULL
);
-- the purge of buckets that have been full for a while (they say nothing a missing row does not)
CREATE INDEX rate_limits_updated_at ON rate_limits (updated_at);
