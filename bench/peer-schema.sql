-- Plain copies of the peer's tables (its column order), filled with \copy from the peer's database.
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;
CREATE TABLE peer.users (id uuid, username text, display_name text, bio text, avatar_key text, cover_key text, role text,
                         current_mood text, is_verified boolean, is_live boolean, teezer_active boolean, created_at timestamp);
CREATE TABLE peer.user_stats (user_id uuid, follower_count int, following_count int, like_count int, stream_hours numeric,
                              tip_total int, subscriber_count int);
CREATE TABLE peer.fantasy_profiles (id uuid, user_id uuid, dna_scores jsonb, kinks text[], intent text[], consent_level text);
CREATE TABLE peer.follows (follower_id uuid, followee_id uuid, created_at timestamp);
CREATE TABLE peer.gifts (user_id uuid, gift_type text, count int);
CREATE TABLE peer.content (id uuid, user_id uuid, kind text, price_tokens int, thumbnail_key text, created_at timestamp,
                           deleted_at timestamp);
