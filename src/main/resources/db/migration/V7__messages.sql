-- Direct messages (issue 15): one conversation per pair, messages numbered per conversation, a read
-- marker and an exact unread count per participant, creators' DM policies, paid messages and their
-- unlocks, and uploaded pictures waiting to be attached to a message.

-- a message charged by a creator's per-message price; a paid message's picture bought
ALTER TYPE ledger_kind ADD VALUE 'message';
ALTER TYPE ledger_kind ADD VALUE 'message_unlock';

CREATE TYPE dm_audience AS ENUM ('everyone', 'followers', 'subscribers');
CREATE TYPE message_author AS ENUM ('human', 'teezer', 'system');

-- no row: everyone (age-verified) may write, for free
CREATE TABLE dm_policies (
    creator_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    who_may_write  dm_audience NOT NULL,
    price_tokens   integer CHECK (price_tokens IS NULL OR price_tokens BETWEEN 1 AND 100000),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- the pair is stored in id order, so the pair has exactly one row whoever wrote first
CREATE TABLE conversations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_low    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_high   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_by  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- the last message's number; sends lock this row, so numbers follow commit order within a conversation
    last_seq    bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (user_low < user_high),
    CHECK (started_by IN (user_low, user_high)),
    UNIQUE (user_low, user_high)
);
-- the daily cap on new conversations counts a sender's recent ones
CREATE INDEX conversations_started ON conversations (started_by, created_at);

-- one row per participant: her inbox entry, read marker and unread count (= the other's visible
-- messages after the marker; kept exact by the send, read and unsend paths, which lock the conversation)
CREATE TABLE conversation_members (
    conversation_id  uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    other_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_read_seq    bigint NOT NULL DEFAULT 0 CHECK (last_read_seq >= 0),
    unread           integer NOT NULL DEFAULT 0 CHECK (unread >= 0),
    updated_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (conversation_id, user_id),
    CHECK (user_id <> other_id)
);
CREATE INDEX conversation_members_inbox ON conversation_members (user_id, updated_at DESC, conversation_id DESC);
CREATE UNIQUE INDEX conversation_members_pair ON conversation_members (user_id, other_id);

-- a picture uploaded for a message: the uploader's, attached at most once
CREATE TABLE message_uploads (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    media_key   text NOT NULL,
    thumb_key   text NOT NULL,
    blur_key    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    used_at     timestamptz
);
CREATE INDEX message_uploads_owner ON message_uploads (owner_id, created_at);

CREATE TABLE messages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id  uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq              bigint NOT NULL CHECK (seq > 0),
    sender_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author_kind      message_author NOT NULL DEFAULT 'human',
    ai_generated     boolean NOT NULL DEFAULT false,
    text             varchar(2000) NOT NULL CHECK (length(btrim(text)) > 0),
    media_key        text,
    thumb_key        text,
    blur_key         text,
    -- a paid message's price (its picture is bought); only with a picture
    price_tokens     integer CHECK (price_tokens IS NULL OR price_tokens BETWEEN 1 AND 100000),
    -- what the sender paid to send it (a creator's per-message price), with its ledger transaction
    charged_tokens   integer CHECK (charged_tokens IS NULL OR charged_tokens > 0),
    transaction_id   uuid REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    removed_at       timestamptz,
    UNIQUE (conversation_id, seq),
    CHECK ((media_key IS NULL) = (thumb_key IS NULL) AND (media_key IS NULL) = (blur_key IS NULL)),
    CHECK (price_tokens IS NULL OR media_key IS NOT NULL),
    CHECK ((charged_tokens IS NULL) = (transaction_id IS NULL))
);
CREATE INDEX messages_page ON messages (conversation_id, seq DESC);
-- the per-sender rate limit counts a sender's recent messages
CREATE INDEX messages_sender_recent ON messages (sender_id, created_at);

-- one charge per fan and paid message; what was bought stays readable whatever happens later
CREATE TABLE message_unlocks (
    message_id      uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    price_tokens    integer NOT NULL CHECK (price_tokens > 0),
    transaction_id  uuid NOT NULL REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (message_id, user_id)
);
