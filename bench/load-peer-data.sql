-- Loads the peer's seeded data set (same ids, same follows) into our schema, in database teezu_ours.
-- Input tables are copied raw into schema "peer" first (see run.sh); this maps them onto our model.
BEGIN;
TRUNCATE users, follows, content, gift_vault, fantasy_profiles, user_stats, sessions, wallets, ledger_entries,
         ledger_transactions CASCADE;
INSERT INTO wallets (kind) VALUES ('platform_fees'), ('external');

INSERT INTO users (id, username, display_name, bio, avatar_key, cover_key, role, current_mood, is_verified, is_live,
                   teezer_active, time_zone, age_verified_at, consent_preference, created_at)
SELECT id, username, coalesce(display_name, username), bio,
       'avatars/' || id || '/avatar.jpg', 'covers/' || id || '/cover.jpg',
       coalesce(role, 'member')::user_role, current_mood::mood, coalesce(is_verified, false),
       coalesce(is_live, false), coalesce(teezer_active, false), 'Europe/Amsterdam',
       CASE WHEN hashtext(id::text) % 2 = 0 THEN now() END,  -- half the viewers are age-verified, as in the peer's mix
       'explicit', coalesce(created_at, now())
FROM peer.users;

INSERT INTO user_stats (user_id, follower_count, following_count, like_count, stream_seconds, post_count, tip_total, subscriber_count)
SELECT s.user_id, coalesce(s.follower_count, 0), coalesce(s.following_count, 0), coalesce(s.like_count, 0),
       (coalesce(s.stream_hours, 0) * 3600)::bigint,
       (SELECT count(*) FROM peer.content c WHERE c.user_id = s.user_id AND c.deleted_at IS NULL),
       coalesce(s.tip_total, 0), coalesce(s.subscriber_count, 0)
FROM peer.user_stats s;

INSERT INTO wallets (kind, owner_id) SELECT 'user', id FROM users;

INSERT INTO fantasy_profiles (user_id, dna_scores, kinks, intent, availability, consent_level)
SELECT user_id, dna_scores,
       ARRAY(SELECT replace(k, '-', '_') FROM unnest(kinks) k), coalesce(intent, '{}'), '{dm,livestream}',
       CASE WHEN consent_level LIKE '%explicit%' THEN 'explicit' ELSE 'suggestive' END::consent_level
FROM peer.fantasy_profiles;

INSERT INTO follows (follower_id, followee_id, created_at) SELECT follower_id, followee_id, created_at FROM peer.follows;

INSERT INTO gift_vault (user_id, gift_type, count) SELECT user_id, gift_type, count FROM peer.gifts;

INSERT INTO content (id, creator_id, visibility, price_tokens, media_key, thumb_key, blur_key, created_at, deleted_at)
SELECT id, user_id, kind::content_visibility, CASE WHEN kind = 'locked' THEN coalesce(price_tokens, 50) END,
       'content/' || id || '/original.jpg', 'content/' || id || '/thumb.jpg', 'content/' || id || '/blur.jpg',
       created_at, deleted_at
FROM peer.content;

-- one session per user; the tokens go to the request files (only their SHA-256 stays here)
CREATE TABLE peer.bench_tokens AS
SELECT id AS user_id,
       substr(translate(encode(sha256(convert_to(id::text || random()::text || clock_timestamp()::text, 'UTF8')), 'base64'), '+/', '-_'), 1, 43) AS token
FROM users;
INSERT INTO sessions (user_id, token_hash, expires_at)
SELECT user_id, sha256(convert_to(token, 'UTF8')), now() + interval '2 days' FROM peer.bench_tokens;
COMMIT;
ANALYZE;
