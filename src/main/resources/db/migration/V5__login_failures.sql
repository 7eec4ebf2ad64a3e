-- Failed log-ins per account name, shared by every node (they were counted per node, so N nodes gave
-- an attacker N times the budget). Keyed by the lower-cased name as typed, not by user id: names that
-- do not exist are counted the same way, so a lockout never tells whether an account exists.
CREATE TABLE login_failures (
    username   text PRIMARY KEY CHECK (length(username) <= 64),  -- lower-cased by the app
    -- the most recent failures inside the window, oldest first (at most the limit: older ones are dropped)
    failed_at  timestamptz[] NOT NULL,
    last_at    timestamptz NOT NULL
);
-- the hourly purge of names whose last failure left the window
CREATE INDEX login_failures_last_at ON login_failures (last_at);
