-- Teezer benchmark data (bench/teezer.sh): a creator whose Teezer switch is on and 51 age-verified
-- fans with explicit consent, each with a session token (only its SHA-256 is stored).
INSERT INTO users (username, display_name, role, age_verified_at, consent_preference, teezer_active, time_zone)
VALUES ('benchlena', 'Bench Lena', 'creator', now(), 'explicit', true, 'Europe/Amsterdam');
INSERT INTO users (username, display_name, role, age_verified_at, consent_preference)
SELECT 'tfan' || g, 'Teezer fan ' || g, 'member', now(), 'explicit' FROM generate_series(1, 51) AS g;
INSERT INTO user_stats (user_id) SELECT id FROM users ON CONFLICT DO NOTHING;
INSERT INTO wallets (kind, owner_id) SELECT 'user', id FROM users ON CONFLICT DO NOTHING;
CREATE TABLE bench_tokens AS
SELECT id AS user_id, username, substr(md5(random()::text) || md5(random()::text), 1, 43) AS token
FROM users WHERE username = 'benchlena' OR username LIKE 'tfan%';
INSERT INTO sessions (user_id, token_hash, expires_at)
SELECT user_id, sha256(convert_to(token, 'UTF8')), now() + interval '1 day' FROM bench_tokens;
