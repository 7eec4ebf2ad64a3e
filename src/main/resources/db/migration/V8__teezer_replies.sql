-- Teezer replies (issue 16): the creator's AI clone answers fans' messages while her effective status
-- is `teezer`. Her persona card and reply bank, Teezer's state per conversation, the fan messages
-- waiting for an answer, and the audit of every turn.

-- a Teezer reply answers one fan message, and only once (whatever node, retry or sweep wrote it)
ALTER TABLE messages ADD COLUMN reply_to uuid REFERENCES messages (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX messages_one_teezer_reply ON messages (reply_to) WHERE author_kind = 'teezer';
ALTER TABLE messages ADD CONSTRAINT messages_ai_is_teezer_or_system
    CHECK (ai_generated = (author_kind IN ('teezer', 'system')));

CREATE TABLE teezer_personas (
    creator_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    tone           varchar(300) NOT NULL DEFAULT '',
    boundaries     varchar(1000) NOT NULL DEFAULT '',
    banned_topics  text[] NOT NULL DEFAULT '{}',
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TYPE teezer_entry_kind AS ENUM ('answer', 'greeting', 'boundary', 'away');

-- one entry of her reply bank: the ways fans ask it (one per line) and her answer
CREATE TABLE teezer_replies (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creator_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        teezer_entry_kind NOT NULL DEFAULT 'answer',
    prompt      varchar(600) NOT NULL,
    answer      varchar(600) NOT NULL CHECK (length(btrim(answer)) > 0),
    explicit    boolean NOT NULL DEFAULT false,
    -- a sentence embedding per line of the prompt, concatenated (dims each); compared in Java, as the
    -- embedded PostgreSQL has no pgvector; `model` names the embedding model that made them
    vectors     real[] NOT NULL,
    dims        integer NOT NULL CHECK (dims > 0),
    model       text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (cardinality(vectors) > 0 AND cardinality(vectors) % dims = 0)
);
CREATE INDEX teezer_replies_creator ON teezer_replies (creator_id, created_at);

-- Teezer in one conversation (a creator and one fan)
CREATE TABLE teezer_threads (
    conversation_id  uuid PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    creator_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    fan_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- the per-fan switch: false = Teezer never answers this fan
    enabled          boolean NOT NULL DEFAULT true,
    -- the creator last wrote here herself: Teezer waits until she has left it for a while
    human_at         timestamptz,
    -- Teezer handed the conversation over to her (and stays out until she resumes it or writes here)
    handed_over_at   timestamptz,
    handover_reason  text,
    -- the last AI-disclosure notice in this conversation (repeated every few hours of chat)
    notice_at        timestamptz,
    -- answers in a row that found no entry close enough (the second hands over)
    low_confidence   integer NOT NULL DEFAULT 0 CHECK (low_confidence >= 0),
    UNIQUE (creator_id, fan_id)
);

-- a fan message Teezer is to answer: written in the send's own transaction, so none is lost to a
-- crash; claimed by one node at a time, deleted with the answer's transaction
CREATE TABLE teezer_jobs (
    message_id       uuid PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    conversation_id  uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    creator_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    fan_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    received_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    claimed_until    timestamptz,
    attempts         integer NOT NULL DEFAULT 0
);
CREATE INDEX teezer_jobs_waiting ON teezer_jobs (received_at);

-- the audit: one row per fan message Teezer looked at (the creator and staff read it, the fan never)
CREATE TABLE teezer_turns (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creator_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    conversation_id  uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    fan_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    fan_message_id   uuid NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
    reply_id         uuid REFERENCES messages (id) ON DELETE SET NULL,
    -- answered | handed_over | skipped
    outcome          text NOT NULL,
    -- embedded | llm | fixed; null when skipped
    responder        text,
    model            text,
    entry_id         uuid REFERENCES teezer_replies (id) ON DELETE SET NULL,
    score            real,
    latency_ms       integer NOT NULL CHECK (latency_ms >= 0),
    -- why the LLM's answer was not used: timeout, error, empty, unusable, filtered, no_time
    fallback         text,
    -- why Teezer handed the conversation to the creator (crisis, money, custom_content, meeting, really_you, low_confidence)
    handover         text,
    -- why nothing was sent (creator_active, handed_over, switched_off, not_teezer, unsent, age_unverified, expired, failed)
    skipped          text,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX teezer_turns_creator ON teezer_turns (creator_id, created_at DESC, id DESC);
