-- TeezU Profiles: the whole data model. Invariants live here, not only in code.

CREATE TYPE user_role AS ENUM ('member', 'creator', 'vip', 'staff');
CREATE TYPE mood AS ENUM ('spicy', 'flirty', 'playful', 'chill', 'romantic', 'mysterious', 'sleepy');
-- a viewer's consent preference; a fantasy profile requires 'suggestive' or 'explicit'
CREATE TYPE consent_level AS ENUM ('none', 'suggestive', 'explicit');
CREATE TYPE content_visibility AS ENUM ('public', 'premium', 'locked');
CREATE TYPE wallet_kind AS ENUM ('user', 'platform_fees', 'external');
CREATE TYPE ledger_kind AS ENUM ('topup', 'gift', 'unlock', 'subscription');

-- ---------------------------------------------------------------- users & auth
CREATE TABLE users (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username            varchar(32)  NOT NULL CHECK (username ~ '^[A-Za-z0-9_]{3,32}$'),
    display_name        varchar(64)  NOT NULL CHECK (length(btrim(display_name)) > 0),
    bio                 varchar(500),
    location            varchar(64),
    avatar_key          text,
    cover_key           text,
    role                user_role    NOT NULL DEFAULT 'member',
    current_mood        mood,
    is_verified         boolean      NOT NULL DEFAULT false,
    is_live             boolean      NOT NULL DEFAULT false,
    teezer_active       boolean      NOT NULL DEFAULT false,
    time_zone           text         NOT NULL DEFAULT 'Europe/Amsterdam',
    age_verified_at     timestamptz,
    consent_preference  consent_level NOT NULL DEFAULT 'none',
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_ci ON users (lower(username));

CREATE TABLE credentials (
    user_id        uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash  text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- only a SHA-256 of each session token is stored
CREATE TABLE sessions (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash    bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user ON sessions (user_id);

-- staff decisions on identity / age; never an image
CREATE TABLE verification_records (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    decided_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    identity_verified  boolean,
    age_verified       boolean,
    method             varchar(32) NOT NULL,
    provider           varchar(64),
    reference          varchar(128),
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (identity_verified IS NOT NULL OR age_verified IS NOT NULL)
);
CREATE INDEX verification_records_user ON verification_records (user_id, created_at DESC);

-- ---------------------------------------------------------------- profile parts
CREATE FUNCTION valid_dna_scores(s jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_typeof(s) = 'object'
       AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(s) AS k)
           = ARRAY['dominant', 'exhibitionist', 'kinky', 'romantic', 'voyeur']
       AND NOT EXISTS (
           SELECT 1 FROM jsonb_each(s) AS e(k, v)
            WHERE jsonb_typeof(v) <> 'number'
               OR v::text !~ '^[0-9]+$'
               OR v::text::int NOT BETWEEN 0 AND 100)
$$;

CREATE TABLE fantasy_profiles (
    user_id        uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    dna_scores     jsonb  NOT NULL CHECK (valid_dna_scores(dna_scores)),
    kinks          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(kinks) <= 20),
    intent         text[] NOT NULL DEFAULT '{}' CHECK (cardinality(intent) <= 20),
    availability   text[] NOT NULL DEFAULT '{}' CHECK (cardinality(availability) <= 20),
    consent_level  consent_level NOT NULL DEFAULT 'explicit' CHECK (consent_level <> 'none'),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fantasy_profiles_kinks ON fantasy_profiles USING gin (kinks);

-- denormalised counters; each equals the rows behind it (see the staff recount)
CREATE TABLE user_stats (
    user_id           uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    follower_count    integer NOT NULL DEFAULT 0 CHECK (follower_count >= 0),
    following_count   integer NOT NULL DEFAULT 0 CHECK (following_count >= 0),
    like_count        bigint  NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    stream_seconds    bigint  NOT NULL DEFAULT 0 CHECK (stream_seconds >= 0),
    stream_hours      numeric(8, 1) GENERATED ALWAYS AS (round(stream_seconds / 3600.0, 1)) STORED,
    post_count        integer NOT NULL DEFAULT 0 CHECK (post_count >= 0),
    tip_total         bigint  NOT NULL DEFAULT 0 CHECK (tip_total >= 0),
    subscriber_count  integer NOT NULL DEFAULT 0 CHECK (subscriber_count >= 0)
);

-- weekly schedule in the owner's users.time_zone: {"mon": [{"start":"20:00","end":"23:00","mode":"live"}], ...}
CREATE TABLE teezer_schedules (
    user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    days        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(days) = 'object'),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------- social graph
CREATE TABLE follows (
    follower_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    followee_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_followers_page ON follows (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX follows_following_page ON follows (follower_id, created_at DESC, followee_id DESC);

CREATE TABLE notifications (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type        varchar(32) NOT NULL,
    actor_id    uuid REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    read_at     timestamptz
);
CREATE INDEX notifications_page ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- ---------------------------------------------------------------- content
CREATE TABLE content (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creator_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title         varchar(120),
    visibility    content_visibility NOT NULL,
    price_tokens  integer,
    media_key     text NOT NULL,
    thumb_key     text NOT NULL,
    blur_key      text NOT NULL,
    like_count    integer NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    deleted_at    timestamptz,
    CHECK ((visibility = 'locked') = (price_tokens IS NOT NULL)),
    CHECK (price_tokens IS NULL OR price_tokens > 0)
);
CREATE INDEX content_grid ON content (creator_id, created_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE likes (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    content_id  uuid NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (content_id, user_id)
);
CREATE INDEX likes_user ON likes (user_id);

-- ---------------------------------------------------------------- tokens
CREATE TABLE wallets (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind      wallet_kind NOT NULL,
    owner_id  uuid UNIQUE REFERENCES users (id) ON DELETE RESTRICT,
    balance   bigint NOT NULL DEFAULT 0,
    CHECK ((kind = 'user') = (owner_id IS NOT NULL)),
    -- a user's balance never goes negative; 'external' is money from outside and mirrors every top-up
    CHECK (kind <> 'user' OR balance >= 0),
    CHECK (kind <> 'platform_fees' OR balance >= 0)
);
CREATE UNIQUE INDEX wallets_one_system_wallet ON wallets (kind) WHERE kind <> 'user';
INSERT INTO wallets (kind) VALUES ('platform_fees'), ('external');

CREATE TABLE ledger_transactions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind             ledger_kind NOT NULL,
    initiator_id     uuid REFERENCES users (id) ON DELETE SET NULL,
    idempotency_key  varchar(128),
    request_hash     bytea,
    reference_id     uuid,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
);
CREATE UNIQUE INDEX ledger_idempotency ON ledger_transactions (initiator_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE ledger_entries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id  uuid   NOT NULL REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    wallet_id       uuid   NOT NULL REFERENCES wallets (id) ON DELETE RESTRICT,
    amount          bigint NOT NULL CHECK (amount <> 0),
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ledger_entries_wallet ON ledger_entries (wallet_id, created_at DESC, id DESC);
CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id);

-- every transaction's entries sum to zero, checked at commit
CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE total numeric;
BEGIN
    SELECT coalesce(sum(amount), 0) INTO total FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % does not balance (sum %)', NEW.transaction_id, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
    AFTER INSERT OR UPDATE ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced();

-- ---------------------------------------------------------------- gifts
CREATE TABLE gift_types (
    key           varchar(32) PRIMARY KEY,
    emoji         varchar(16) NOT NULL,
    label         varchar(32) NOT NULL,
    price_tokens  integer NOT NULL CHECK (price_tokens > 0),
    sort_order    integer NOT NULL DEFAULT 0
);

CREATE TABLE gift_events (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sender_id       uuid REFERENCES users (id) ON DELETE SET NULL,
    recipient_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    gift_type       varchar(32) NOT NULL REFERENCES gift_types (key) ON DELETE RESTRICT,
    price_tokens    integer NOT NULL CHECK (price_tokens > 0),
    transaction_id  uuid REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX gift_events_recipient ON gift_events (recipient_id, gift_type);

-- the public vault: gifts received per type
CREATE TABLE gift_vault (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    gift_type  varchar(32) NOT NULL REFERENCES gift_types (key) ON DELETE RESTRICT,
    count      integer NOT NULL CHECK (count >= 0),
    PRIMARY KEY (user_id, gift_type)
);
CREATE INDEX gift_vault_top ON gift_vault (user_id, count DESC);

-- ---------------------------------------------------------------- unlocks & subscriptions
CREATE TABLE content_unlocks (
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    content_id      uuid NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    price_tokens    integer NOT NULL CHECK (price_tokens > 0),
    transaction_id  uuid NOT NULL REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (user_id, content_id)
);

CREATE TABLE subscription_plans (
    creator_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    monthly_price  integer NOT NULL CHECK (monthly_price > 0)
);

CREATE TABLE subscriptions (
    subscriber_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    creator_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    price_tokens        integer NOT NULL CHECK (price_tokens > 0),
    started_at          timestamptz NOT NULL DEFAULT now(),
    current_period_end  timestamptz NOT NULL,
    canceled_at         timestamptz,
    PRIMARY KEY (subscriber_id, creator_id),
    CHECK (subscriber_id <> creator_id),
    CHECK (current_period_end > started_at)
);
CREATE INDEX subscriptions_creator ON subscriptions (creator_id);

-- ---------------------------------------------------------------- streaming
CREATE TABLE stream_sessions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- at most one open session per creator
CREATE UNIQUE INDEX stream_sessions_open ON stream_sessions (user_id) WHERE ended_at IS NULL;

-- ---------------------------------------------------------------- idempotent HTTP answers (gifts, unlocks)
CREATE TABLE idempotent_requests (
    user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key  varchar(128) NOT NULL,
    request_hash     bytea NOT NULL,
    status           integer NOT NULL,
    response         jsonb NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, idempotency_key)
);

-- demo data is loaded once per database
CREATE TABLE demo_data_marker (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
