-- A version per profile, moved by the database itself on every change to what a profile shows, so a
-- node may keep the heavy parts of a profile (fantasy profile, schedule, vault, grid) in memory and
-- know in the same statement whether they are still exact. No code path can forget to bump it.
ALTER TABLE user_stats ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION user_stats_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD AND NEW.version = OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER user_stats_version BEFORE UPDATE ON user_stats
    FOR EACH ROW EXECUTE FUNCTION user_stats_bump_version();

-- changes elsewhere: bump the owner's version
CREATE FUNCTION bump_profile_version(owner uuid) RETURNS void
LANGUAGE sql AS $$
    UPDATE user_stats SET version = version + 1 WHERE user_id = owner
$$;

CREATE FUNCTION profile_part_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner_column text := TG_ARGV[0];
    old_owner uuid;
    new_owner uuid;
BEGIN
    IF TG_OP <> 'INSERT' THEN EXECUTE format('SELECT ($1).%I', owner_column) INTO old_owner USING OLD; END IF;
    IF TG_OP <> 'DELETE' THEN EXECUTE format('SELECT ($1).%I', owner_column) INTO new_owner USING NEW; END IF;
    IF old_owner IS NOT NULL THEN PERFORM bump_profile_version(old_owner); END IF;
    IF new_owner IS NOT NULL AND new_owner IS DISTINCT FROM old_owner THEN PERFORM bump_profile_version(new_owner); END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER fantasy_profiles_version AFTER INSERT OR UPDATE OR DELETE ON fantasy_profiles
    FOR EACH ROW EXECUTE FUNCTION profile_part_changed('user_id');
CREATE TRIGGER teezer_schedules_version AFTER INSERT OR UPDATE OR DELETE ON teezer_schedules
    FOR EACH ROW EXECUTE FUNCTION profile_part_changed('user_id');
CREATE TRIGGER gift_vault_version AFTER INSERT OR UPDATE OR DELETE ON gift_vault
    FOR EACH ROW EXECUTE FUNCTION profile_part_changed('user_id');
CREATE TRIGGER content_version AFTER INSERT OR UPDATE OR DELETE ON content
    FOR EACH ROW EXECUTE FUNCTION profile_part_changed('creator_id');
