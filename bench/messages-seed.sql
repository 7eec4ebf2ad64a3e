-- Direct-message benchmark data (bench/messages.sh): a creator with 10,000 conversations, one
-- message each (unread for her), and a session token per user (only its SHA-256 is stored).
INSERT INTO users (username, display_name, role, age_verified_at, consent_preference)
VALUES ('benchlena', 'Bench Lena', 'creator', now(), 'explicit');
INSERT INTO users (username, display_name, role, age_verified_at, consent_preference)
SELECT 'bfan' || g, 'Bench fan ' || g, 'member', now(), 'explicit' FROM generate_series(1, 10000) AS g;
INSERT INTO user_stats (user_id) SELECT id FROM users ON CONFLICT DO NOTHING;
INSERT INTO wallets (kind, owner_id) SELECT 'user', id FROM users ON CONFLICT DO NOTHING;

CREATE TABLE bench_tokens AS
SELECT id AS user_id, username, substr(md5(random()::text) || md5(random()::text), 1, 43) AS token
FROM users WHERE username = 'benchlena' OR username LIKE 'bfan%';
INSERT INTO sessions (user_id, token_hash, expires_at)
SELECT user_id, sha256(convert_to(token, 'UTF8')), now() + interval '1 day' FROM bench_tokens;

INSERT INTO conversations (user_low, user_high, started_by, last_seq, created_at)
SELECT least(l.id, f.id), greatest(l.id, f.id), f.id, 1, now() - f.n * interval '1 minute'
FROM (SELECT id FROM users WHERE username = 'benchlena') AS l,
     (SELECT id, substring(username FROM 5)::int AS n FROM users WHERE username LIKE 'bfan%') AS f;
INSERT INTO messages (conversation_id, seq, sender_id, text, created_at)
SELECT c.id, 1, c.started_by, 'Hello from fan ' || c.started_by, c.created_at FROM conversations c;
INSERT INTO conversation_members (conversation_id, user_id, other_id, last_read_seq, unread, updated_at)
SELECT c.id, c.started_by, o.other, 1, 0, c.created_at
FROM conversations c, LATERAL (SELECT CASE WHEN c.started_by = c.user_low THEN c.user_high ELSE c.user_low END AS other) o
UNION ALL
SELECT c.id, o.other, c.started_by, 0, 1, c.created_at
FROM conversations c, LATERAL (SELECT CASE WHEN c.started_by = c.user_low THEN c.user_high ELSE c.user_low END AS other) o;
ANALYZE;
