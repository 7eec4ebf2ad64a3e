-- The follow write path, measured under the benchmark's skewed load (popular creators gain thousands
-- of followers in minutes).

-- "Did this follower already notify this user in the last ten minutes?" was answered by walking all of
-- the user's recent notifications (notifications_page), so a follow of a popular creator cost more the
-- more followers she had just gained. This index answers it with one probe.
CREATE INDEX notifications_follow_dedup ON notifications (user_id, actor_id, created_at DESC)
    WHERE type = 'new_follower';

-- A statement that moves the version itself (the follow path does) no longer pays for a PL/pgSQL call
-- per row: the trigger's WHEN is checked without entering the function.
DROP TRIGGER user_stats_version ON user_stats;
CREATE TRIGGER user_stats_version BEFORE UPDATE ON user_stats
    FOR EACH ROW WHEN (NEW.version = OLD.version)
    EXECUTE FUNCTION user_stats_bump_version();
