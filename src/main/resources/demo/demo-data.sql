-- Demo data: the seed's LovelyLena with every number of the seed, backed by real rows
-- (4,217 follower rows, 18,742 like rows, 174 gift events …). Counters are rebuilt from the rows
-- by the staff recount right after this script. Runs once, in one transaction.

INSERT INTO users (username, display_name, bio, location, role, current_mood, is_verified, is_live, teezer_active,
                   time_zone, age_verified_at, consent_preference, avatar_key, cover_key, created_at)
VALUES ('lovelylena', 'LovelyLena', 'Dutch creator 🔥 | Erotic entertainment | Streaming daily 20:00–23:00 🎥',
        'Amsterdam', 'creator', 'spicy', true, true, true, 'Europe/Amsterdam', now() - interval '400 days', 'explicit',
        'avatars/00000000-0000-4000-8000-000000000001/avatar.png',
        'covers/00000000-0000-4000-8000-000000000001/cover.png', now() - interval '400 days'),
       ('sam', 'Sam', 'Night owl, big fan of live shows 🦉', 'Rotterdam', 'member', 'playful', false, false, false,
        'Europe/Amsterdam', now() - interval '100 days', 'explicit', null, null, now() - interval '120 days'),
       ('newbie', 'Newbie', 'Just arrived 👋', null, 'member', null, false, false, false,
        'Europe/Amsterdam', null, 'none', null, null, now() - interval '1 day'),
       ('victor', 'Victor', 'VIP since day one 👑', 'Antwerp', 'vip', 'chill', true, false, false,
        'Europe/Brussels', now() - interval '300 days', 'suggestive', null, null, now() - interval '300 days'),
       ('sofie', 'Sofie', 'TeezU staff — trust & safety', 'Utrecht', 'staff', null, true, false, false,
        'Europe/Amsterdam', now() - interval '500 days', 'explicit', null, null, now() - interval '500 days');

INSERT INTO users (username, display_name, role, created_at)
SELECT 'fan' || lpad(g::text, 4, '0'), 'Fan ' || g, 'member', now() - interval '90 days' + g * interval '1 minute'
FROM generate_series(1, 4217) AS g;

CREATE TEMP TABLE demo_fans ON COMMIT DROP AS
SELECT id, substring(username FROM 4)::int AS n FROM users WHERE username ~ '^fan[0-9]{4}$';
CREATE TEMP TABLE demo_lena ON COMMIT DROP AS SELECT id FROM users WHERE username = 'lovelylena';

INSERT INTO user_stats (user_id) SELECT id FROM users ON CONFLICT DO NOTHING;
INSERT INTO wallets (kind, owner_id) SELECT 'user', id FROM users ON CONFLICT DO NOTHING;

-- the social graph: every fan follows Lena; Lena follows 312 of them
INSERT INTO follows (follower_id, followee_id, created_at)
SELECT f.id, l.id, now() - interval '80 days' + f.n * interval '15 minutes' FROM demo_fans f, demo_lena l;
INSERT INTO follows (follower_id, followee_id, created_at)
SELECT l.id, f.id, now() - interval '60 days' + f.n * interval '1 hour' FROM demo_fans f, demo_lena l WHERE f.n <= 312;

INSERT INTO fantasy_profiles (user_id, dna_scores, kinks, intent, availability, consent_level)
SELECT id, '{"dominant": 78, "exhibitionist": 92, "voyeur": 45, "romantic": 61, "kinky": 84}',
       ARRAY['bdsm_light', 'sexting', 'role_play', 'livestream', 'teasing'],
       ARRAY['entertainment', 'fantasy'], ARRAY['dm', 'livestream', 'custom'], 'explicit'
FROM demo_lena;

INSERT INTO teezer_schedules (user_id, days)
SELECT id, '{
  "mon": [{"start": "08:00", "end": "12:00", "mode": "teezer"}, {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "23:00", "end": "08:00", "mode": "offline"}],
  "tue": [{"start": "08:00", "end": "12:00", "mode": "teezer"}, {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "23:00", "end": "08:00", "mode": "offline"}],
  "wed": [{"start": "08:00", "end": "12:00", "mode": "teezer"}, {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "23:00", "end": "08:00", "mode": "offline"}],
  "thu": [{"start": "08:00", "end": "12:00", "mode": "teezer"}, {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "23:00", "end": "08:00", "mode": "offline"}],
  "fri": [{"start": "08:00", "end": "12:00", "mode": "teezer"}, {"start": "20:00", "end": "23:00", "mode": "live"}, {"start": "23:00", "end": "08:00", "mode": "offline"}],
  "sat": [{"start": "08:00", "end": "12:00", "mode": "teezer"}],
  "sun": [{"start": "08:00", "end": "12:00", "mode": "teezer"}]
}'::jsonb FROM demo_lena;

INSERT INTO subscription_plans (creator_id, monthly_price) SELECT id, 100 FROM demo_lena;

-- 95 posts, 6 of them deleted (two of the newest among them): 89 published
INSERT INTO content (creator_id, title, visibility, price_tokens, media_key, thumb_key, blur_key, created_at, deleted_at)
SELECT l.id,
       (ARRAY['Golden hour', 'Backstage', 'Red lace', 'Mirror talk', 'Rooftop', 'After dark', 'Velvet', 'Neon night',
              'Sunday slow', 'Bubble bath', 'Studio day', 'Midnight'])[1 + n % 12] || ' #' || n,
       (ARRAY['public', 'premium', 'locked'])[1 + n % 3]::content_visibility,
       CASE WHEN n % 3 = 2 THEN 50 END,
       'content/00000000-0000-4000-8000-0000000001' || lpad((n % 12)::text, 2, '0') || '/original.png',
       'content/00000000-0000-4000-8000-0000000001' || lpad((n % 12)::text, 2, '0') || '/thumb.png',
       'content/00000000-0000-4000-8000-0000000001' || lpad((n % 12)::text, 2, '0') || '/blur.png',
       now() - (96 - n) * interval '20 hours',
       CASE WHEN n IN (95, 93, 60, 40, 20, 5) THEN now() - interval '1 hour' END
FROM demo_lena l, generate_series(1, 95) AS n;

-- 18,742 likes on the 89 published posts: 52 posts with 211, 37 with 210
INSERT INTO likes (user_id, content_id, created_at)
SELECT f.id, i.id, i.created_at + f.n * interval '1 second'
FROM (SELECT c.id, c.created_at, row_number() OVER (ORDER BY c.created_at) AS k
        FROM content c JOIN demo_lena l ON c.creator_id = l.id WHERE c.deleted_at IS NULL) AS i
JOIN demo_fans f ON f.n <= 210 + CASE WHEN i.k <= 52 THEN 1 ELSE 0 END;

-- 142 closed one-hour streams, and the one running now (LIVE)
INSERT INTO stream_sessions (user_id, started_at, ended_at)
SELECT l.id, now() - g * interval '1 day' - interval '3 hours', now() - g * interval '1 day' - interval '2 hours'
FROM demo_lena l, generate_series(1, 142) AS g;
INSERT INTO stream_sessions (user_id, started_at) SELECT id, now() - interval '25 minutes' FROM demo_lena;

-- token flows, as balanced ledger transactions: every fan tops up exactly what she spends
CREATE TEMP TABLE demo_spend ON COMMIT DROP AS
SELECT gen_random_uuid() AS topup_tx, gen_random_uuid() AS spend_tx, s.*
FROM (
    -- 174 gifts, 40+ days ago: 💎3 🌹47 👑12 🔥89 🦋23 = 14,200 tokens
    SELECT 'gift'::ledger_kind AS kind, f.id AS fan, v.key AS gift_type, t.price_tokens AS price,
           now() - interval '40 days' - row_number() OVER () * interval '37 minutes' AS at
    FROM (VALUES ('diamond', 3), ('rose', 47), ('crown', 12), ('fire', 89), ('butterfly', 23)) AS v(key, n)
    CROSS JOIN LATERAL generate_series(1, v.n) AS i
    JOIN gift_types t ON t.key = v.key
    JOIN demo_fans f ON f.n = 3000 + (i * 7 + length(v.key)) % 1000
    UNION ALL
    -- 342 subscriptions charged this month
    SELECT 'subscription', f.id, null, 100, now() - interval '1 minute' FROM demo_fans f WHERE f.n BETWEEN 1000 AND 1341
    UNION ALL
    -- 26 unlocks of a locked post this month
    SELECT 'unlock', f.id, null, 50, now() - interval '1 minute' FROM demo_fans f WHERE f.n BETWEEN 2000 AND 2025
) AS s;

INSERT INTO ledger_transactions (id, kind, initiator_id, created_at)
SELECT topup_tx, 'topup', fan, at - interval '1 minute' FROM demo_spend
UNION ALL
SELECT spend_tx, kind, fan, at FROM demo_spend;

INSERT INTO ledger_entries (transaction_id, wallet_id, amount, created_at)
SELECT d.topup_tx, (SELECT id FROM wallets WHERE kind = 'external'), -d.price, d.at - interval '1 minute' FROM demo_spend d
UNION ALL
SELECT d.topup_tx, w.id, d.price, d.at - interval '1 minute' FROM demo_spend d JOIN wallets w ON w.owner_id = d.fan
UNION ALL
SELECT d.spend_tx, w.id, -d.price, d.at FROM demo_spend d JOIN wallets w ON w.owner_id = d.fan
UNION ALL
SELECT d.spend_tx, w.id, d.price * 8 / 10, d.at FROM demo_spend d JOIN wallets w ON w.owner_id = (SELECT id FROM demo_lena)
UNION ALL
SELECT d.spend_tx, (SELECT id FROM wallets WHERE kind = 'platform_fees'), d.price - d.price * 8 / 10, d.at FROM demo_spend d;

-- the 342 subscribers keep 1,100 tokens more (eleven months), so the demo's subscriptions renew
-- month after month instead of lapsing for lack of tokens
CREATE TEMP TABLE demo_reserve ON COMMIT DROP AS
SELECT gen_random_uuid() AS tx, d.fan, d.at - interval '2 minutes' AS at FROM demo_spend d WHERE d.kind = 'subscription';
INSERT INTO ledger_transactions (id, kind, initiator_id, created_at) SELECT tx, 'topup', fan, at FROM demo_reserve;
INSERT INTO ledger_entries (transaction_id, wallet_id, amount, created_at)
SELECT r.tx, (SELECT id FROM wallets WHERE kind = 'external'), -1100, r.at FROM demo_reserve r
UNION ALL
SELECT r.tx, w.id, 1100, r.at FROM demo_reserve r JOIN wallets w ON w.owner_id = r.fan;

INSERT INTO gift_events (sender_id, recipient_id, gift_type, price_tokens, transaction_id, created_at)
SELECT d.fan, l.id, d.gift_type, d.price, d.spend_tx, d.at FROM demo_spend d, demo_lena l WHERE d.kind = 'gift';

INSERT INTO subscriptions (subscriber_id, creator_id, price_tokens, started_at, current_period_end)
SELECT d.fan, l.id, d.price, d.at, d.at + interval '1 month' FROM demo_spend d, demo_lena l WHERE d.kind = 'subscription';

INSERT INTO content_unlocks (user_id, content_id, price_tokens, transaction_id, created_at)
SELECT d.fan, (SELECT c.id FROM content c JOIN demo_lena l ON c.creator_id = l.id
                WHERE c.visibility = 'locked' AND c.deleted_at IS NULL ORDER BY c.created_at DESC LIMIT 1),
       d.price, d.spend_tx, d.at
FROM demo_spend d WHERE d.kind = 'unlock';
UPDATE ledger_transactions t SET reference_id = u.content_id FROM content_unlocks u WHERE u.transaction_id = t.id;

-- the demo fans' own tokens: sam 1,000, victor 500
CREATE TEMP TABLE demo_topups ON COMMIT DROP AS
SELECT gen_random_uuid() AS tx, u.id AS owner, v.amount
FROM (VALUES ('sam', 1000), ('victor', 500)) AS v(username, amount) JOIN users u ON u.username = v.username;
INSERT INTO ledger_transactions (id, kind, initiator_id) SELECT tx, 'topup', owner FROM demo_topups;
INSERT INTO ledger_entries (transaction_id, wallet_id, amount)
SELECT tx, (SELECT id FROM wallets WHERE kind = 'external'), -amount FROM demo_topups
UNION ALL
SELECT tx, w.id, amount FROM demo_topups t JOIN wallets w ON w.owner_id = t.owner;

UPDATE wallets w SET balance = coalesce((SELECT sum(amount) FROM ledger_entries e WHERE e.wallet_id = w.id), 0);

-- direct messages: Lena with sam (one paid picture, two unread for sam), with victor and three fans
-- (unread for Lena); unread counts and read markers as the rows say
CREATE TEMP TABLE demo_dm ON COMMIT DROP AS
SELECT * FROM (VALUES
    ('sam', 1, 'sam', 'Hi Lena! Loved last night''s stream 🔥', null::int, 50),
    ('sam', 2, 'lovelylena', 'Aww thank you Sam 😘 you were in the chat, right?', null, 49),
    ('sam', 3, 'sam', 'Yes! The rooftop set was amazing. Any chance of more like that?', null, 48),
    ('sam', 4, 'lovelylena', 'Maybe… I took a few pictures up there just for my favourites 🙈', null, 30),
    ('sam', 5, 'lovelylena', 'Here''s one, unblur it if you dare 😈', 30, 29),
    ('victor', 1, 'lovelylena', 'Welcome back Victor 👑 thanks for the crown!', null, 300),
    ('victor', 2, 'victor', 'Always for you. Live tonight?', null, 240),
    ('fan0001', 1, 'fan0001', 'Hey Lena, big fan from Utrecht 👋', null, 180),
    ('fan0002', 1, 'fan0002', 'Your mood today is exactly mine 😈', null, 120),
    ('fan0003', 1, 'fan0003', 'Will you do a Q&A stream soon?', null, 60)
) AS v(partner, seq, author, text, price, minutes_ago);

INSERT INTO conversations (user_low, user_high, started_by, last_seq, created_at)
SELECT least(l.id, p.id), greatest(l.id, p.id), a.id, max(d.seq), now() - max(d.minutes_ago) * interval '1 minute'
FROM demo_dm d JOIN users p ON p.username = d.partner CROSS JOIN demo_lena l
JOIN users a ON a.username = (SELECT author FROM demo_dm f WHERE f.partner = d.partner AND f.seq = 1)
GROUP BY l.id, p.id, a.id;

INSERT INTO messages (conversation_id, seq, sender_id, text, media_key, thumb_key, blur_key, price_tokens, created_at)
SELECT c.id, d.seq, a.id, d.text,
       CASE WHEN d.price IS NOT NULL THEN 'content/00000000-0000-4000-8000-000000000104/original.png' END,
       CASE WHEN d.price IS NOT NULL THEN 'content/00000000-0000-4000-8000-000000000104/thumb.png' END,
       CASE WHEN d.price IS NOT NULL THEN 'content/00000000-0000-4000-8000-000000000104/blur.png' END,
       d.price, now() - d.minutes_ago * interval '1 minute'
FROM demo_dm d JOIN users p ON p.username = d.partner JOIN users a ON a.username = d.author CROSS JOIN demo_lena l
JOIN conversations c ON c.user_low = least(l.id, p.id) AND c.user_high = greatest(l.id, p.id);

-- each side has read what she wrote herself and what came before it
INSERT INTO conversation_members (conversation_id, user_id, other_id, last_read_seq, updated_at)
SELECT c.id, u.me, u.other,
       coalesce((SELECT max(m.seq) FROM messages m WHERE m.conversation_id = c.id AND m.sender_id = u.me), 0),
       (SELECT max(m.created_at) FROM messages m WHERE m.conversation_id = c.id)
FROM conversations c CROSS JOIN LATERAL (VALUES (c.user_low, c.user_high), (c.user_high, c.user_low)) AS u(me, other);
UPDATE conversation_members cm SET unread = (SELECT count(*) FROM messages m WHERE m.conversation_id = cm.conversation_id
                                             AND m.sender_id = cm.other_id AND m.seq > cm.last_read_seq);
INSERT INTO notifications (user_id, type, actor_id, created_at)
SELECT CASE WHEN c.started_by = c.user_low THEN c.user_high ELSE c.user_low END, 'new_message', c.started_by, c.created_at
FROM conversations c;

-- token packages (EUR, 21 % Dutch VAT included); staff edit them under /api/admin/packages
INSERT INTO token_packages (tokens, price_cents, vat_rate, sort_order) VALUES
    (100, 999, 21.00, 1), (550, 4999, 21.00, 2), (1200, 9999, 21.00, 3), (2500, 19999, 21.00, 4);

INSERT INTO demo_data_marker DEFAULT VALUES;
